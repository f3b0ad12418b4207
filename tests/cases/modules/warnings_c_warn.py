import sys, _warnings
sys.stderr = sys.stdout
_warnings.warn("first")
_warnings.warn("first")
for i in range(2):
    _warnings.warn("loop", RuntimeWarning)
_warnings.warn(UserWarning("instance"))
def f():
    _warnings.warn("from f", stacklevel=2)
f()
_warnings.warn("shown in __main__", DeprecationWarning)
_warnings.warn("pending", PendingDeprecationWarning)
print("done")
