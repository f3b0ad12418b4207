# Node classes: bases, _fields, _attributes, __match_args__, __module__.
import ast

for name in ["AST", "mod", "Module", "Interactive", "Expression", "FunctionType", "stmt",
             "FunctionDef", "ClassDef", "Return", "Assign", "AnnAssign", "For", "With",
             "Match", "Try", "TryStar", "ImportFrom", "Pass", "expr", "BoolOp", "Lambda",
             "Dict", "Constant", "Name", "Slice", "expr_context", "Load", "operator", "Add",
             "cmpop", "NotIn", "comprehension", "excepthandler", "ExceptHandler", "arguments",
             "arg", "keyword", "alias", "withitem", "match_case", "pattern", "MatchAs",
             "MatchClass", "type_ignore", "TypeIgnore"]:
    cls = getattr(ast, name)
    print(name, cls.__bases__, cls._fields, cls._attributes, cls.__match_args__,
          cls.__module__, repr(cls))

print([c.__name__ for c in ast.stmt.__subclasses__()])
print([c.__name__ for c in ast.expr.__subclasses__()])
print([c.__name__ for c in ast.operator.__subclasses__()])
print([c.__name__ for c in ast.pattern.__subclasses__()])
print([c.__name__ for c in ast.mod.__subclasses__()])
print(type(ast.AST), type(ast.Name), ast.Name._fields is ast.Name.__match_args__)
print(issubclass(ast.Load, ast.expr_context), issubclass(ast.Name, ast.AST))
print(isinstance(ast.Name(), ast.expr), isinstance(ast.Add(), ast.operator))
