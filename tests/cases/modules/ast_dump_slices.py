# Subscripts and slices (3.9+ shape: no Index/ExtSlice).
import ast

for src in ["a[1]", "a[1:2]", "a[::]", "a[:, 1]", "a[1:2, ...]", "a[b, c]", "a[*b]",
            "a[1:2:3]", "a[-1:]", "a[x][y] = z", "del a[:]"]:
    print(ast.dump(ast.parse(src), include_attributes=True))
