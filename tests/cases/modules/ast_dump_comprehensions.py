# Comprehensions and generator expressions.
import ast

for src in ["[x for x in y]", "{x for x in y if x if not x}", "{k: v for k, v in d.items()}",
            "(x * y for x in a for y in b)", "[x async for x in y]",
            "[(a, b) for a in range(3) if a for b in range(a)]"]:
    print(ast.dump(ast.parse(src)))
    print(ast.dump(ast.parse(src), include_attributes=True))
