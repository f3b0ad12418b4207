# Compiling trees built by hand.
import ast

tree = ast.Module(
    body=[
        ast.Assign(targets=[ast.Name("x", ast.Store())], value=ast.Constant(41)),
        ast.AugAssign(target=ast.Name("x", ast.Store()), op=ast.Add(), value=ast.Constant(1)),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("x", ast.Load())], [])),
        ast.FunctionDef(
            name="double",
            args=ast.arguments([], [ast.arg("n")], None, [], [], None, []),
            body=[ast.Return(ast.BinOp(ast.Name("n", ast.Load()), ast.Mult(), ast.Constant(2)))],
            decorator_list=[],
        ),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                          [ast.Call(ast.Name("double", ast.Load()), [ast.Constant("ab")], [])], [])),
        ast.For(ast.Name("i", ast.Store()),
                ast.Call(ast.Name("range", ast.Load()), [ast.Constant(3)], []),
                [ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                                   [ast.Name("i", ast.Load())],
                                   [ast.keyword("end", ast.Constant(" "))]))],
                []),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()), [], [])),
    ],
    type_ignores=[],
)
ast.fix_missing_locations(tree)
code = compile(tree, "<built>", "exec")
print(type(code).__name__, code.co_filename)
ns = {}
exec(code, ns)
print(ns["double"](21))

expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Pow(), ast.Constant(2)))
print(eval(compile(ast.fix_missing_locations(expr), "<e>", "eval")))

single = ast.Interactive([ast.Expr(ast.Constant("shown by displayhook"))])
exec(compile(ast.fix_missing_locations(single), "<i>", "single"))

cls = ast.parse("class K:\n    def __init__(self, v):\n        self.v = v\n")
ns = {}
exec(compile(cls, "<cls>", "exec"), ns)
print(ns["K"](7).v, ns["K"].__module__ if "__name__" in ns else "no __name__")
