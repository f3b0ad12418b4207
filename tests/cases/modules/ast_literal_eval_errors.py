# ast.literal_eval: what it refuses, and how.
import ast
import re

def msg(e):
    return re.sub(r" at 0x[0-9a-f]+", "", str(e))

for src in ["x", "f(1)", "1 + x", "[1, 2][0]", "{1: 2}[1]", "a.b", "2 * 3", "lambda: 0",
            "1 +", "import os", "--1", "-'s'", "1 + 'a'", "(1).real", "{**{}}", "[*a]",
            "set([1])", "frozenset()", "1 if 1 else 2", "1 < 2", "not 1", "1j + 1j",
            "1 + 2 + 3j", "~1"]:
    try:
        print(repr(src), repr(ast.literal_eval(src)))
    except Exception as e:
        print(repr(src), type(e).__name__, msg(e))
try:
    ast.literal_eval(3)
except Exception as e:
    print(type(e).__name__, msg(e))
try:
    ast.literal_eval(ast.Name("x", ast.Load()))
except Exception as e:
    print(type(e).__name__, msg(e))
