class ND:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class C:
    nd = ND()
c = C()
print(c.nd)
c.nd = "instance value"
print(c.nd)
del c.nd
print(c.nd)
print(C.nd)
