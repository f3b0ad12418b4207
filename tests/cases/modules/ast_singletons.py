# Context and operator nodes from the parser are shared instances; the classes make new ones.
import ast

t = ast.parse("a = b + c - d\nx, y = y, x\ndel z\nnot p and q or r")
names = [n for n in ast.walk(t) if isinstance(n, ast.Name)]
loads = [n.ctx for n in names if isinstance(n.ctx, ast.Load)]
stores = [n.ctx for n in names if isinstance(n.ctx, ast.Store)]
print(len(loads), all(c is loads[0] for c in loads))
print(len(stores), all(c is stores[0] for c in stores))
ops = [n.op for n in ast.walk(t) if isinstance(n, (ast.BinOp, ast.BoolOp, ast.UnaryOp))]
print([type(o).__name__ for o in ops])
print(ast.Load() is ast.Load(), type(ast.Load()) is type(loads[0]))
print(ast.parse("1+2").body[0].value.op is ast.parse("3+4").body[0].value.op)
print(ast.parse("x").body[0].value.ctx is ast.parse("y", mode="eval").body.ctx)
print(loads[0].__dict__, ast.dump(loads[0]))
