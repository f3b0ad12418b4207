class C:
    def method(self):
        return 'class method'
c = C()
print(c.method())
c.method = lambda: 'instance attr'
print(c.method(), C.method(c))
del c.method
print(c.method())
class P:
    @property
    def v(self):
        return 'property wins'
p = P()
p.__dict__['v'] = 'instance dict'
print(p.v, p.__dict__)
