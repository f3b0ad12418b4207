# Parsing real modules: node counts and a digest of the full dump with positions.
import ast
import hashlib
import textwrap

for mod in (textwrap,):
    with open(mod.__file__, encoding="utf-8") as f:
        src = f.read()
    tree = ast.parse(src)
    dump = ast.dump(tree, include_attributes=True)
    print(mod.__name__, sum(1 for _ in ast.walk(tree)), len(dump),
          hashlib.sha256(dump.encode()).hexdigest()[:16])
    again = ast.parse(ast.unparse(tree))
    print("unparse round trip:", ast.dump(again) == ast.dump(tree))
