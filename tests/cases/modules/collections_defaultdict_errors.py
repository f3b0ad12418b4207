from _collections import defaultdict

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(defaultdict, 1)
t(defaultdict, "abc")
t(defaultdict, [])
t(defaultdict, list, 1)
t(defaultdict, list, {}, {})
t(defaultdict, list, [1])
print(defaultdict(list, a=1, b=2))
d = defaultdict(int)
d.default_factory = 5
print(d.default_factory)
t(lambda: d["x"])
del d.default_factory
print(d.default_factory)
t(d.copy, 1)
t(defaultdict.__missing__, {}, 1)
t(hash, d)
print(defaultdict.__name__, defaultdict.__module__, defaultdict.__qualname__)
print(defaultdict[int, list], defaultdict.fromkeys("ab"), type(defaultdict.fromkeys("ab")).__name__)
