import sys
sys.path.insert(0, "import_fixtures")
import relpkg
import relpkg.sub.leaf
print(relpkg.NAME, relpkg.double(4), relpkg.sub.twice(5), relpkg.sub.leaf_value)
print(relpkg.sub.helpers is relpkg.helpers)
print(relpkg.__package__, relpkg.sub.__package__, relpkg.sub.leaf.__package__)
print(relpkg.__spec__.name, relpkg.sub.__spec__.parent, relpkg.__spec__.submodule_search_locations is not None)
print(relpkg.__file__.endswith("relpkg/__init__.py"), relpkg.helpers.__file__.endswith("helpers.py"))
print([m for m in sorted(sys.modules) if m.startswith("relpkg")])
try:
    exec("from . import x", {"__name__": "top", "__package__": ""})
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .... import x", {"__name__": "relpkg.sub.leaf", "__package__": "relpkg.sub"})
except ImportError as e:
    print(type(e).__name__, e)
