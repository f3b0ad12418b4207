# NodeTransformer rewrites code that is then compiled and run.
import ast

class ConstantDoubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int) and not isinstance(node.value, bool):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

class PrintToCollect(ast.NodeTransformer):
    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "print":
            node.func = ast.copy_location(ast.Name("collect", ast.Load()), node.func)
        return node

class DropAsserts(ast.NodeTransformer):
    def visit_Assert(self, node):
        return None

class SplitAugAssign(ast.NodeTransformer):
    def visit_AugAssign(self, node):
        load = ast.Name(node.target.id, ast.Load())
        new = ast.Assign([node.target], ast.BinOp(load, node.op, node.value))
        return [ast.copy_location(new, node), ast.Expr(ast.Constant("marker"))]

src = '''
x = 10
assert x == 99, "dropped"
x += 5
print("x is", x, [1, 2, 3])
def f(n):
    return n + 1
print(f(1))
'''
tree = ast.parse(src)
for t in (ConstantDoubler(), PrintToCollect(), DropAsserts(), SplitAugAssign()):
    tree = t.visit(tree)
tree = ast.fix_missing_locations(tree)
print(ast.unparse(tree))
out = []
exec(compile(tree, "<transformed>", "exec"), {"collect": lambda *a: out.append(a)})
print(out)
