class E1(Exception):
    def __str__(self):
        return 'custom str'
class E2(Exception):
    def __repr__(self):
        return 'E2<custom repr>'
class E3(Exception):
    pass
for e in [E1('a'), E2('b'), E3(), E3('x', 'y'), E1()]:
    print(str(e), '|', repr(e), '|', e.args)
print(f'{E1()}', '%s' % E2('z'), [E2('q')], str(E3(None)))
class WithInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
w = WithInit(1, 2)
print(repr(w), w.args, str(w))
class WithInitSuper(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
print(repr(WithInitSuper(1, 2)), str(WithInitSuper('m', 2)))
