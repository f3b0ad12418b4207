# ast.unparse of many constructs, and parse(unparse(t)) == t.
import ast

sources = [
    "x = 1 + 2 * 3",
    "a, *b = c",
    "del a[0], b.c",
    "def f(a, /, b=1, *c, d, e=2, **f) -> int:\n    return a",
    "async def g():\n    await x\n    async for i in y:\n        pass\n    async with z as w:\n        pass",
    "@d\nclass C(B, metaclass=M):\n    x: int = 0\n    y: str",
    "for i in r:\n    break\nelse:\n    continue",
    "while x:\n    pass\nelse:\n    y = 1",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass",
    "try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "with a as b, c:\n    pass",
    "import a.b as c\nfrom .. import d\nfrom m import *",
    "global x\nnonlocal y",
    "assert x, 'msg'",
]
for src in sources:
    tree = ast.parse(src)
    out = ast.unparse(tree)
    print(out)
    print("same:", ast.dump(ast.parse(out)) == ast.dump(tree))
    print("--")
