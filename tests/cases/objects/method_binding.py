class C:
    def m(self, x):
        return (self.tag, x)
    tag = 'C'
c = C()
bm = c.m
print(bm(1), C.m(c, 2), bm.__self__ is c, bm.__func__ is C.m, type(bm).__name__)
print(c.m == c.m, c.m is c.m, C.m is C.m, C().m == c.m)
f = C.__dict__['m']
bound = f.__get__(c, C)
print(bound(3), f.__get__(None, C) is f)
def external(self): return 'external ' + self.tag
C.ext = external
print(c.ext())
c.inst_func = external
try:
    c.inst_func()
except TypeError as e:
    print(type(e).__name__, e)
print(c.inst_func(c))
print(len.__self__.__name__ if hasattr(len, '__self__') else None, [].append.__self__, 'x'.upper.__name__)
