import sys, _warnings
sys.stderr = sys.stdout
try:
    _warnings.warn("x", int)
except TypeError as e:
    print(e)
try:
    _warnings.warn("x", 5)
except TypeError as e:
    print(e)
_warnings.filters.insert(0, ("error", None, RuntimeWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", type(e).__name__, e)
_warnings.filters.insert(0, ("bogus", None, Warning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("x")
except RuntimeError as e:
    print(str(e).splitlines()[0])
del _warnings.filters[:2]
_warnings._filters_mutated()
_warnings.filters.insert(0, 5)
try:
    _warnings.warn("x")
except ValueError as e:
    print(e)
del _warnings.filters[0]
