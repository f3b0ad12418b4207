d = {}
d.update({'a': 1})
d.update([('b', 2), ['c', 3]])
d.update(d=4, e=5)
d.update(((k, v) for k, v in [('f', 6)]))
class KeysObj:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k * 2
d.update(KeysObj())
print(d)
print(dict(KeysObj()), {**KeysObj()})
try:
    d.update([('g',)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
