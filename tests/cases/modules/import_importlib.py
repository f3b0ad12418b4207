import sys
import importlib
import importlib.util
sys.path.insert(0, "import_fixtures")
m = importlib.import_module("plain_mod")
print(m.COUNT, m is sys.modules["plain_mod"])
m.COUNT = 10
m2 = importlib.reload(m)
print(m2 is m, m.COUNT)
print(importlib.import_module(".helpers", "relpkg").double(3))
spec = importlib.util.find_spec("relpkg.helpers")
print(spec.name, spec.parent, spec.origin.endswith("helpers.py"), type(spec.loader).__name__)
print(importlib.util.find_spec("no_such_thing"))
spec = importlib.util.spec_from_file_location("loaded_by_path", "import_fixtures/relpkg/helpers.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.double(8), "loaded_by_path" in sys.modules)
print(importlib.util.resolve_name("..x", "a.b.c"))
importlib.invalidate_caches()
print([f.__name__ for f in sys.meta_path if isinstance(f, type)])
print(sys.modules["sys"].__spec__.origin, sys.modules["builtins"].__loader__.__name__)
