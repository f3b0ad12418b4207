# Constant values: numbers, strings, bytes, None/True/False, Ellipsis, kind.
import ast

for src in ["1", "0x10", "1_000_000", "10**100", "1.5", "1e300", "2j", "1.5j", "'s'", "u's'",
            "b'\\x00\\xff'", "None", "True", "False", "...", "'\\N{EM DASH}' if 0 else '\\u00e9'",
            "'''tri\nple'''", "123456789012345678901234567890"]:
    tree = ast.parse(src, mode="eval")
    print(ast.dump(tree))
    for n in ast.walk(tree):
        if isinstance(n, ast.Constant):
            print(" ", type(n.value).__name__, repr(n.value), repr(n.kind))
