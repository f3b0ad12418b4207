# The compile fuzzer's oracle: reads JSON lines {"src": ...} on stdin and answers each with a
# JSON line giving CPython's verdict for compile(src, "f", "exec").
import json
import sys
import warnings

warnings.simplefilter("ignore")
sys.setrecursionlimit(1000)

for line in sys.stdin:
    src = json.loads(line)["src"]
    try:
        compile(src, "f", "exec")
        r = {"accept": True}
    except SyntaxError as e:
        r = {"accept": False, "type": type(e).__name__, "lineno": e.lineno, "msg": e.msg}
    except (ValueError, RecursionError, MemoryError, OverflowError) as e:
        r = {"accept": False, "type": type(e).__name__, "lineno": None, "msg": str(e)}
    sys.stdout.write(json.dumps(r) + "\n")
    sys.stdout.flush()
