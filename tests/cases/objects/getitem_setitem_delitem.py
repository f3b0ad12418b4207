class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __repr__(self): return 'M'
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
m = M()
m['a'] = 1
m[1, 2] = 'tuple'
print(m['a'], m[1, 2])
del m['a']
try:
    m['a']
except KeyError as e:
    print(type(e).__name__, e)
m[...] = 0
print(m[...])
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x = object(); x[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del (1, 2)[0]
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __getitem__(self, k): return k
    def __setitem__(self, k, v): print("setitem", k, v)
s = S()
print(s[1:2], s[::3], s[1:2, 3], s[:])
s[1:5:2] = 'x'
