# NodeVisitor, walk, iter_fields and iter_child_nodes on parsed trees.
import ast
from collections import Counter

src = '''
import os
def outer(a, b):
    def inner(c):
        return c * a
    return [inner(i) for i in range(b)]
class K:
    def method(self):
        return os.path.join("a", "b")
'''
tree = ast.parse(src)
print(Counter(type(n).__name__ for n in ast.walk(tree)).most_common(6))

class FuncCollector(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.calls = 0
    def visit_FunctionDef(self, node):
        self.names.append((node.name, node.lineno, [a.arg for a in node.args.args]))
        self.generic_visit(node)
    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)

v = FuncCollector()
v.visit(tree)
print(v.names, v.calls)
fn = tree.body[1]
print([name for name, _ in ast.iter_fields(fn)])
print([type(c).__name__ for c in ast.iter_child_nodes(fn)])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[0])])
print(sorted({n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}))
