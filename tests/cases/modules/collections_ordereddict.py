from collections import OrderedDict

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
print(o, list(o), list(reversed(o)), list(o.items()), list(reversed(o.values())))
o.move_to_end("a")
print(list(o))
o.move_to_end("c", last=False)
print(list(o))
t(o.move_to_end, "zz")
print(o.popitem(), o.popitem(last=False), o)
o["x"] = 9
o["b"] = 5
print(o, o == OrderedDict([("b", 5), ("x", 9)]), o == OrderedDict([("x", 9), ("b", 5)]))
print(o == {"x": 9, "b": 5}, dict(o) == {"x": 9, "b": 5})
t(OrderedDict().popitem)
print(OrderedDict.fromkeys("abc", 0), o.setdefault("q", 1), o.pop("q"), o.copy())
print(o | {"n": 1}, {"n": 1} | o)
o2 = OrderedDict(o)
del o2["b"]
print(o2, list(o2.keys()), o2.get("b"))
