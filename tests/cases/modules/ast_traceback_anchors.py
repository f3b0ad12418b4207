# traceback.py's caret anchors parse the failing line with ast.
import traceback
def f(a, b):
    return a["x"]["y"] + b / 0
try:
    f({"x": {"y": 1}}, 2)
except Exception:
    print(traceback.format_exc())
try:
    d = {}
    d["k"]["j"]
except Exception:
    traceback.print_exc(file=__import__("sys").stdout)
