from _collections import defaultdict

d = defaultdict(list, {1: [2]})
c = d.copy()
print(type(c).__name__, c, c.default_factory, c[1] is d[1], c is d)
c2 = d.__copy__()
print(c2, c2 == d)
c[5]
print(sorted(c), sorted(d))
r = d.__reduce__()
print(r[0].__name__, r[1], r[2], r[3], list(r[4]))
r = defaultdict(None, a=1).__reduce__()
print(r[1], list(r[4]))
class Sub(defaultdict):
    pass
s = Sub(int, {"x": 1})
sc = s.copy()
print(type(sc).__name__, sc, sc.default_factory)
print(Sub.__reduce__(s)[0].__name__)
r = d.__reduce_ex__(2)
print(r[0].__name__, r[1], list(r[4]))
print(dict.copy(d), type(dict.copy(d)).__name__)
