sys_mod = __import__('sys')
print(sys_mod.__name__, type(sys_mod).__name__)
import types
print(types.__name__, hasattr(types, 'SimpleNamespace'))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
import sys as s2
print(s2 is sys_mod, 'sys' in sys_mod.modules)
ns = types.SimpleNamespace(a=1, b=2)
print(ns, ns.a)
