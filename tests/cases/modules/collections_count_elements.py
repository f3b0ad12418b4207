from _collections import _count_elements, defaultdict

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = {}
_count_elements(d, "abracadabra")
print(d)
_count_elements(d, ["a", "z"])
print(d)
class Counterish(dict):
    def __missing__(self, key):
        return 0
c = Counterish()
_count_elements(c, [1, 2, 1, 1])
print(c, type(c).__name__)
class Tracking(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
tr = Tracking()
_count_elements(tr, "aba")
print(tr)
class Getting(dict):
    def get(self, k, default=None):
        print("get", k, default)
        return super().get(k, default)
g = Getting()
_count_elements(g, "xx")
print(g)
dd = defaultdict(int)
_count_elements(dd, (1, 1, 2))
print(dict(dd))
f = {"a": 1.5}
_count_elements(f, "aa")
print(f)
t(_count_elements)
t(_count_elements, {}, 1)
t(_count_elements, [], [1])
t(_count_elements, {}, [[1]])
print(_count_elements({}, []))
