# Subclassing nodes, and matching nodes with class patterns via __match_args__.
import ast

class Tagged(ast.Name):
    _fields = ast.Name._fields + ("tag",)

t = Tagged("x", ast.Load(), "hot")
print(t.id, t.tag, isinstance(t, ast.expr), ast.dump(t))

def describe(node):
    match node:
        case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
            return f"add {a} {b}"
        case ast.Call(func=ast.Name(id=name), args=[*args]):
            return f"call {name} with {len(args)}"
        case ast.Name(id) if id.startswith("_"):
            return "private"
        case ast.Constant(value=str() as s):
            return f"string {s!r}"
        case ast.expr():
            return type(node).__name__
    return "not an expression"

for src in ["1 + 2", "f(a, b, c)", "_x", "'s'", "[1]"]:
    print(describe(ast.parse(src, mode="eval").body))
print(describe(ast.Pass()))

class Counting(ast.NodeVisitor):
    count = 0
    def generic_visit(self, node):
        Counting.count += 1
        super().generic_visit(node)
Counting().visit(ast.parse("a = b + c"))
print(Counting.count)
