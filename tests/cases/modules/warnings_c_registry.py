import sys, _warnings
sys.stderr = sys.stdout
def w():
    _warnings.warn("reg test")
w(); w()
keys = [k for k in __warningregistry__ if k != "version"]
print(len(keys), keys[0][0], keys[0][1].__name__)
_warnings._filters_mutated()
w()
_warnings.filters.insert(0, ("once", None, UserWarning, None, 0))
_warnings._filters_mutated()
def w2(): _warnings.warn("once msg")
def w3(): _warnings.warn("once msg")
w2(); w3()
_warnings.filters.insert(0, ("module", None, UserWarning, None, 0))
_warnings._filters_mutated()
def w4(): _warnings.warn("mod msg")
def w5(): _warnings.warn("mod msg")
w4(); w5()
del _warnings.filters[:2]
