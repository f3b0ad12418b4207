class D:
    def __get__(self, obj, t=None):
        return "got"
    def __delete__(self, obj):
        print("delete called")
class C:
    d = D()
c = C()
del c.d
print(c.d)
try:
    c.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
