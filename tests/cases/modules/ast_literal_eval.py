# ast.literal_eval: the values it accepts.
import ast

for src in ["1", "-1", "+1.5", "1e10", "-2j", "1+2j", "3-4j", "'str'", "b'bytes'", "True",
            "None", "...", "[1, [2, (3,)]]", "(1,)", "()", "{1, 2}", "set()", "{}",
            "{'a': 1, 'b': {'c': None}}", "  \t42", "'''multi\nline'''", "0x_ff" if False else "0xff",
            "-0.0", "10**2" if False else "100", "('a', b'b', 1.5, None, True)"]:
    v = ast.literal_eval(src)
    print(repr(src), "->", type(v).__name__, repr(v))

tree = ast.parse("[1, 2, {'k': (3, 4)}]", mode="eval")
print(ast.literal_eval(tree))
print(ast.literal_eval(tree.body))
print(ast.literal_eval(ast.Constant(5)))
