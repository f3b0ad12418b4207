# Argument Clinic's checks in CPython's order (too many, missing, given twice, unknown), the
# keyword-only parse of product(), __setstate__'s "i" conversions, and the types' __doc__.
import itertools
from itertools import *


class Index:
    def __index__(self):
        return 1


def show(f):
    try:
        r = f()
        print("ok", r if isinstance(r, (int, type(None), list)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: count(start=1, step=2, x=3))
show(lambda: count(1, 2, 3))
show(lambda: repeat(object=1, times=2, x=3))
show(lambda: accumulate(iterable=[1], func=None, initial=2, x=1))
show(lambda: accumulate([1], None, 2))
show(lambda: accumulate([1], None, 2, 3))
show(lambda: compress(data=[1], x=2))
show(lambda: compress([1], data=2))
show(lambda: combinations([1], iterable=2))
show(lambda: groupby([1], iterable=3))
show(lambda: repeat(1, object=2))
show(lambda: permutations(r=1))
show(lambda: product(repeat=2, foo=1))
show(lambda: product(foo=1))
show(lambda: list(product([1, 2], repeat=True)))

for v in [2**31, -2**31 - 1, 2**63, 2**53 + 1, True, Index(), 1.0, "x"]:
    c = cycle("ab")
    show(lambda: c.__setstate__(([1], v)))
for v in [2**63, -1, True, Index(), 1.0, 2**31]:
    t = tee("ab")[0]
    data = tee("ab")[0].__reduce__()[2][0]
    show(lambda: (t.__setstate__((data, v)), list(t))[1])

for n in sorted(dir(itertools)):
    T = getattr(itertools, n)
    if isinstance(T, type) and n != "__loader__":
        print(n, T.__module__, "__module__" in vars(T), "__doc__" in vars(T),
              (T.__doc__ or "").split("\n")[0][:60])
