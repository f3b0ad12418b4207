class C:
    def __getattribute__(self, name):
        if name == 'boom':
            raise AttributeError('boom')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback:' + name
c = C()
print(c.boom)
print(c.other)
c.real = 1
print(c.real)
class D:
    @property
    def p(self):
        raise AttributeError('inside property')
    def __getattr__(self, name):
        return 'getattr:' + name
print(D().p)
