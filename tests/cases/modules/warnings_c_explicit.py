import sys, _warnings
sys.stderr = sys.stdout
reg = {}
_warnings.warn_explicit("msg", UserWarning, "some_file.py", 12, registry=reg)
_warnings.warn_explicit("msg", UserWarning, "some_file.py", 12, registry=reg)
print(sorted(k for k in reg if k != "version"))
_warnings.warn_explicit("always shown", UserWarning, "other.py", 3)
_warnings.warn_explicit("always shown", UserWarning, "other.py", 3)
_warnings.warn_explicit("dep in mod", DeprecationWarning, "mod.py", 1, module="mod")
_warnings.warn_explicit("dep in main", DeprecationWarning, "main.py", 1, module="__main__")
try:
    _warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=5)
except TypeError as e:
    print(e)
