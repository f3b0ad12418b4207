# __doc__ of the node classes is their ASDL signature.
import ast

for name in ["mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop", "cmpop",
             "comprehension", "excepthandler", "arguments", "arg", "keyword", "alias",
             "withitem", "match_case", "pattern", "type_ignore"]:
    print(getattr(ast, name).__doc__)
    print("--")
for name in ["Module", "FunctionDef", "Constant", "Name", "Load", "Add", "Pass", "MatchClass",
             "TypeIgnore", "ImportFrom", "FormattedValue"]:
    print(getattr(ast, name).__doc__)
print(ast.AST.__doc__)
