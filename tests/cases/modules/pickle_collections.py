# collections types pickle through their own __reduce__ methods.
import collections
import pickle

od = collections.OrderedDict([('b', 1), ('a', 2)])
od.move_to_end('b')
dd = collections.defaultdict(list, {'x': [1]})
dq = collections.deque([1, 2, 3], maxlen=4)
cnt = collections.Counter('abracadabra')
cm = collections.ChainMap({'a': 1}, {'b': 2})
ud = collections.UserDict(k=1)
ul = collections.UserList([3, 4])
us = collections.UserString('str')
for proto in range(6):
    for o in (od, dd, dq, cnt, cm, ud, ul, us):
        r = pickle.loads(pickle.dumps(o, proto))
        print(proto, type(r).__name__, r == o, r)
d = collections.defaultdict(int)
d['z'] += 1
r = pickle.loads(pickle.dumps(d))
r['new'] += 5
print(sorted(r.items()), r.default_factory)
print(pickle.loads(pickle.dumps(collections.deque())).maxlen)
