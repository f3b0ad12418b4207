class C:
    @property
    def ro(self):
        return 1
    p2 = property(lambda self: 2)
c = C()
print(c.ro, c.p2)
try:
    c.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.p2 = 3
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
try:
    p.__get__(c)
except AttributeError as e:
    print(type(e).__name__, e)
