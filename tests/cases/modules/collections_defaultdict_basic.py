from _collections import defaultdict

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, dict(d), len(d), d.default_factory)
c = defaultdict(int)
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
print(c.get("zz"), "zz" in c, c.setdefault("q", 5), c["q"])
n = defaultdict()
print(n.default_factory)
t(lambda: n["x"])
t(n.__missing__, "y")
print(c.__missing__("new"), c["new"])
calls = []
def factory():
    calls.append(1)
    return len(calls)
f = defaultdict(factory, a=0)
print(f["a"], f["b"], f["c"], f["b"], calls)
print(isinstance(f, dict), type(f).__mro__[1].__name__, f == {"a": 0, "b": 1, "c": 2})
f.default_factory = None
t(lambda: f["zz"])
f.default_factory = lambda: "L"
print(f["zz"])
t(f.__missing__)
e = defaultdict(list, [(1, 2)], x=3)
print(e)
del e[1]
print(e, e.pop("x"), e)
print(defaultdict(None, {1: 2}), defaultdict(default_factory=list))
