# Column offsets are UTF-8 byte offsets; multi-line nodes.
import ast

src = 'é = "ünïcode" + 名前\nx = (1 +\n     2)\ny = f"é{é}"\n'
tree = ast.parse(src)
for node in ast.walk(tree):
    if hasattr(node, "lineno"):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno,
              node.end_col_offset, repr(ast.get_source_segment(src, node)))
