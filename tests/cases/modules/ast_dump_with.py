# with statements, several items, parenthesized items, assert, del, global, nonlocal.
import ast

src = '''
with open(f) as g, lock:
    pass
with (a as b, c as d,):
    pass
assert x, "message"
del a, b[1], c.d
def f():
    global g1, g2
    def h():
        nonlocal q
'''
print(ast.dump(ast.parse(src), include_attributes=True))
