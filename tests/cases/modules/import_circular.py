import sys
sys.path.insert(0, "import_fixtures")
import circ.first
print(circ.first.total(), circ.first.second.first is circ.first)
try:
    import circ.bad_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "FIX").split(" (")[0:2])
print("circ.bad_a" in sys.modules, "circ.bad_b" in sys.modules)
