# Writes NAME.expect (python3's verdict on compile(source, "f", "exec")) beside each NAME.py:
#   python3 tests/fuzz/expect.py tests/fuzz/corpus/compile/NAME.py ...
import json
import sys
import warnings

warnings.simplefilter("ignore")

for path in sys.argv[1:]:
    with open(path, encoding="utf-8", newline="") as f:
        src = f.read()
    try:
        compile(src, "f", "exec")
        r = {"accept": True}
    except SyntaxError as e:
        r = {"accept": False, "type": type(e).__name__, "lineno": e.lineno}
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        r = {"accept": False, "type": type(e).__name__, "lineno": None}
    with open(path[:-3] + ".expect", "w") as f:
        f.write(json.dumps(r) + "\n")
