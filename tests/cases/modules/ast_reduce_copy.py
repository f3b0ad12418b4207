# __reduce__, copy, deepcopy and pickle of nodes.
import ast
import copy
import pickle

n = ast.Name("x", ast.Load(), lineno=1, col_offset=0)
r = n.__reduce__()
print(r[0], r[1], sorted(r[2]))
print(ast.Load().__reduce__())
print(ast.AST().__reduce__())

t = ast.parse("def f(a, b=1):\n    return a + b\n")
c = copy.copy(t)
print(c is t, c.body is t.body)
d = copy.deepcopy(t)
print(d is t, d.body is t.body, ast.dump(d, include_attributes=True) == ast.dump(t, include_attributes=True))
p = pickle.loads(pickle.dumps(t))
print(ast.dump(p) == ast.dump(t), type(p.body[0]).__name__)
ns = {}
exec(compile(p, "<pickled>", "exec"), ns)
print(ns["f"](2), ns["f"](2, 5))

class My(ast.AST):
    _fields = ("v",)
m = My(5)
m.extra = [1, 2]
m2 = copy.deepcopy(m)
print(type(m2).__name__, m2.v, m2.extra, m2.extra is m.extra)
print(vars(m))
