# Which missing fields read as None (optional `?` fields, on the class) and which raise.
import ast

def show(node, *names):
    for n in names:
        try:
            print(type(node).__name__, n, repr(getattr(node, n)))
        except AttributeError as e:
            print(type(node).__name__, n, "AttributeError", e)

show(ast.Name(), "id", "ctx", "lineno", "end_lineno", "end_col_offset", "col_offset")
show(ast.FunctionDef(), "name", "returns", "type_comment", "body", "decorator_list")
show(ast.arguments(), "args", "vararg", "kwarg", "defaults")
show(ast.arg(), "arg", "annotation", "type_comment", "end_lineno", "lineno")
show(ast.keyword(), "arg", "value")
show(ast.alias(), "name", "asname")
show(ast.Constant(), "value", "kind")
show(ast.ImportFrom(), "module", "level", "names")
show(ast.MatchAs(), "pattern", "name", "end_lineno")
show(ast.Slice(), "lower", "upper", "step")
show(ast.Yield(), "value")
show(ast.ExceptHandler(), "type", "name", "body")
for cls in (ast.stmt, ast.expr, ast.arg, ast.pattern, ast.excepthandler, ast.Name):
    print(cls.__name__, sorted(k for k in vars(cls) if not k.startswith("__")))
print(ast.Name().__dict__, ast.Load().__dict__)
