# What compile() reports about malformed trees.
import ast
import re

L = dict(lineno=1, col_offset=0)

def t(tree, mode="exec"):
    try:
        compile(tree, "<t>", mode)
        print("ok")
    except Exception as e:
        print(type(e).__name__, re.sub(r" at 0x[0-9a-f]+", "", str(e)))

name = ast.Name("x", ast.Load(), **L)
t(ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []))
t(ast.Module([ast.Expr(name)]))
t(ast.Module(ast.Expr(name, **L), []))
t(ast.Module([3], []))
t(ast.Module([ast.Expr(name, **L)], [3]))
t(ast.Expression(name))
t(ast.Expression(name), "exec")
t(ast.Module([], []), "eval")
t(name, "eval")
t(ast.Interactive([]), "exec")
t(ast.Expression(ast.Name("x", ast.Store(), **L)), "eval")
t(ast.Expression(ast.Name(3, ast.Load(), **L)), "eval")
t(ast.Expression(ast.Name("True", ast.Load(), **L)), "eval")
t(ast.Expression(ast.Name("x", ast.Add(), **L)), "eval")
t(ast.Expression(ast.Name("x", None, **L)), "eval")
t(ast.Expression(ast.Name("x", **L)), "eval")
t(ast.Expression(ast.Name(None, ast.Load(), **L)), "eval")
t(ast.Expression(ast.BinOp(ast.Constant(1, **L), ast.Add, ast.Constant(2, **L), **L)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno="1", col_offset=0)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno=1.0, col_offset=0)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno=2**40, col_offset=0)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno=True, col_offset=0)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno=2, col_offset=0, end_lineno=1)), "eval")
t(ast.Expression(ast.Name("x", ast.Load(), lineno=1, col_offset=5, end_col_offset=2)), "eval")
t(ast.Expression(ast.Constant([1], **L)), "eval")
t(ast.Expression(ast.Constant(**L)), "eval")
t(ast.Expression(ast.Constant("s", 5, **L)), "eval")
t(ast.Expression(ast.Expr(name, **L)), "eval")
t(ast.Expression(None), "eval")
t(3)
t("x = 1", "eval")
