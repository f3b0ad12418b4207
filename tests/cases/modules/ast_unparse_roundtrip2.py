# ast.unparse of many constructs, and parse(unparse(t)) == t (expressions, match, literals).
import ast

sources = [
    "x = [i for i in y if i]\ns = {i for i in y}\nd = {k: v for k, v in z}\ng = (i for i in y)",
    "f(*a, **k)\nlambda x, *y, **z: x",
    "x = a if b else c",
    "x = (y := 3)",
    "print(f'{a!r:>{w}} and {b}')",
    "x = a[1:2, ::3]",
    "x = -a ** -b",
    "x = (a or b) and (not c)",
    "x = yield\ny = yield from z",
    "match p:\n    case [1, *r] | {'k': _, **kw} if r:\n        pass\n    case Point(x=0) as q:\n        pass",
    "x = 'single' \"double\" '''tri'''",
    "x = b'\\x00' + r'raw'",
    "x = 1e300 * 1e300",
    "x = ...",
    "x = (1,)\ny = ()",
]
for src in sources:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    print("same:", ast.dump(ast.parse(out)) == ast.dump(tree))
    print("--")
