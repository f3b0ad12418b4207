# Positions of compiled hand-built trees show up in tracebacks and co_positions.
import ast
import traceback

tree = ast.Module([
    ast.FunctionDef("boom", ast.arguments([], [], None, [], [], None, []), [
        ast.Expr(ast.BinOp(ast.Constant(1, lineno=7, col_offset=4, end_lineno=7, end_col_offset=5),
                           ast.Div(),
                           ast.Constant(0, lineno=7, col_offset=8, end_lineno=7, end_col_offset=9),
                           lineno=7, col_offset=4, end_lineno=7, end_col_offset=9),
                 lineno=7, col_offset=4, end_lineno=7, end_col_offset=9),
    ], [], lineno=5, col_offset=0, end_lineno=7, end_col_offset=9),
], [])
ns = {}
exec(compile(tree, "<virtual>", "exec"), ns)
print(ns["boom"].__code__.co_firstlineno)
try:
    ns["boom"]()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print(traceback.format_exception_only(e))
t = ast.parse("x = 1\n\n\ny = undefined_name\n")
try:
    exec(compile(t, "<parsed>", "exec"), {})
except NameError as e:
    print(e, e.__traceback__.tb_lineno)
ast.increment_lineno(t, 100)
try:
    exec(compile(t, "<moved>", "exec"), {})
except NameError as e:
    print(e, e.__traceback__.tb_lineno)
