# Runs many fuzz programs in one process (under Coil or python3): each program is executed in a
# fresh module namespace with its stdout captured; one JSON line per program is printed.
#   prog_driver.py PROGRAMS.json START
import io
import linecache
import json
import sys

# Namespaces are kept alive to the end, so that objects a program leaves behind are never
# finalized while another program's output is being captured.
KEEP = []

def run_one(src, name):
    # Tracebacks show the program's source lines (and carets), as for a file.
    linecache.cache[name] = (len(src), None, src.splitlines(True), name)
    buf = io.StringIO()
    real = sys.stdout
    sys.stdout = buf
    try:
        ns = {"__name__": "__main__"}
        KEEP.append(ns)
        exec(compile(src, name, "exec"), ns)
    except BaseException as e:
        print("uncaught", type(e).__name__, e.args)
    finally:
        sys.stdout = real
    return buf.getvalue()

def main():
    with open(sys.argv[1]) as f:
        programs = json.load(f)
    for i in range(int(sys.argv[2]), len(programs)):
        out = run_one(programs[i], "prog.py")
        # A marker: output printed outside a program (late finalizers) is not a result.
        sys.stdout.write("\x01" + json.dumps({"i": i, "out": out}) + "\n")
        sys.stdout.flush()

main()
