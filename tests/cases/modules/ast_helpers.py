# get_docstring, copy_location, increment_lineno, fix_missing_locations, get_source_segment.
import ast

src = '''"""Module doc."""
def f():
    """  Function doc.

        indented
    """
class C:
    "class doc"
async def g():
    pass
x = 1
'''
tree = ast.parse(src)
print(repr(ast.get_docstring(tree)))
print(repr(ast.get_docstring(tree.body[1])))
print(repr(ast.get_docstring(tree.body[1], clean=False)))
print(repr(ast.get_docstring(tree.body[2])), repr(ast.get_docstring(tree.body[3])))
try:
    ast.get_docstring(tree.body[4])
except TypeError as e:
    print("TypeError", e)

n = ast.Name("y", ast.Load())
ast.copy_location(n, tree.body[4])
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
ast.increment_lineno(tree, 10)
print([s.lineno for s in tree.body], tree.body[1].body[0].value.lineno)

m = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))], [])
ast.fix_missing_locations(m)
print(ast.dump(m, include_attributes=True))
seg_src = "a = (1 +\n     2)\n"
t2 = ast.parse(seg_src)
print(repr(ast.get_source_segment(seg_src, t2.body[0].value)))
print(repr(ast.get_source_segment(seg_src, t2.body[0].value, padded=True)))
print(repr(ast.get_source_segment(seg_src, ast.Name("q"))))
