class C:
    @property
    def broken(self):
        return self.missing_attr
    def __getattr__(self, name):
        return f'__getattr__({name})'
c = C()
print(c.broken)
class D:
    @property
    def broken(self):
        raise AttributeError('custom message')
d = D()
try:
    d.broken
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(d, 'broken', 'default used'), hasattr(d, 'broken'))
class E:
    @property
    def raises_key(self):
        raise KeyError('k')
try:
    getattr(E(), 'raises_key', 'not used for KeyError')
except KeyError as e:
    print(type(e).__name__, e)
