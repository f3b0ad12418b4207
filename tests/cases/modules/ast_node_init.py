# The AST constructor: positional arguments by _fields, keywords, errors.
import ast

def attempt(f):
    try:
        r = f()
        print("ok", {k: (v if isinstance(v, (int, str, list)) else type(v).__name__) for k, v in r.__dict__.items()})
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: ast.Name("x", ast.Load()))
attempt(lambda: ast.Name("x"))
attempt(lambda: ast.Name(id="x", lineno=3, foo="bar"))
attempt(lambda: ast.Name("x", ast.Load(), 3))
attempt(lambda: ast.Name("x", id="y"))
attempt(lambda: ast.Name("x", ctx=ast.Store()))
attempt(lambda: ast.Pass(1))
attempt(lambda: ast.Pass(lineno=1))
attempt(lambda: ast.AST(1))
attempt(lambda: ast.AST(a=1, b=2))
attempt(lambda: ast.Load(1))
attempt(lambda: ast.arguments(1, 2, 3, 4, 5, 6, 7, 8))
attempt(lambda: ast.Return(1, 2))
attempt(lambda: ast.BinOp(1, 2, 3, left=4))
attempt(lambda: ast.Constant(1, "u"))
attempt(lambda: ast.Constant(value=None))
attempt(lambda: ast.comprehension(ast.Name("i"), ast.Name("r"), [], 0))

class Point(ast.AST):
    _fields = ("x", "y")

attempt(lambda: Point(1, 2))
attempt(lambda: Point(1, 2, 3))
attempt(lambda: Point(1, x=2))

class Bare(ast.AST):
    pass

attempt(lambda: Bare())
attempt(lambda: Bare(1))

class Listy(ast.AST):
    _fields = ["a", "b", "c"]

attempt(lambda: Listy(1, c=3))
n = ast.Name("x")
n.__init__("y", ast.Del())
print(n.id, type(n.ctx).__name__)
