# Assignment forms: chained, augmented, annotated, starred, subscript and attribute targets.
import ast

for src in ["a = b = c", "a, *b = c", "[a, (b, c)] = d", "a.b = c[d] = e", "x += 1",
            "x.y **= 2", "x: int", "x: int = 5", "(x): int = 5", "a.b: str", "a[0]: int = 1",
            "x = yield", "*a, b = c"]:
    print(ast.dump(ast.parse(src), include_attributes=True))
