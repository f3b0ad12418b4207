# list/dict/set/frozenset subclasses: items and attributes survive every protocol.
import pickle


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class FS(frozenset):
    pass


l = L([1, 2, [3]])
l.tag = 'list'
d = D(a=1, b=[2])
d.tag = 'dict'
s = S({1, 2})
s.tag = 'set'
fs = FS({'x'})
for proto in range(6):
    for o in (l, d, s, fs):
        r = pickle.loads(pickle.dumps(o, proto))
        print(proto, type(r).__name__, r == o, sorted(r) if isinstance(r, (set, frozenset)) else r,
              getattr(r, 'tag', None))
r = l.__reduce_ex__(2)
print(r[1], r[2], type(r[3]).__name__, r[4])
r = d.__reduce_ex__(2)
print(r[1], r[2], r[3], type(r[4]).__name__, list(r[4]))
print(s.__reduce__()[1:], fs.__reduce__()[1:])
print(set().__reduce__(), frozenset([5]).__reduce__())
print(L().__reduce_ex__(1)[1:], D().__reduce_ex__(0)[1:])
