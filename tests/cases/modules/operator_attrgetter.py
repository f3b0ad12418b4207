import _operator as op

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class N:
    pass
a = N()
a.x = 1
a.child = N()
a.child.y = 'deep'
a.child.child = N()
a.child.child.z = 'deeper'
g = op.attrgetter('x')
print(g(a), g)
g = op.attrgetter('x', 'child.y', 'child.child.z')
print(g(a), g)
print(op.attrgetter('real', 'imag')(3 + 4j))
print(g.__reduce__())
print(op.attrgetter('child.y').__reduce__())
t(op.attrgetter)
t(op.attrgetter, 1)
t(op.attrgetter, 'a', 2)
t(op.attrgetter, 'a', foo=1)
t(op.attrgetter('missing'), a)
t(op.attrgetter('child.missing'), a)
t(op.attrgetter('x'))
t(op.attrgetter('x'), a, a)
t(op.attrgetter('x'), obj=a)
print(type(g), type(g).__module__, type(g).__name__)
t(lambda: type('G', (op.attrgetter,), {}))
print(sorted([a.child, a], key=op.attrgetter('__class__.__name__')) == [a.child, a])
class Dyn:
    def __getattr__(self, name):
        return name.upper()
print(op.attrgetter('foo', 'bar.__len__.__name__')(Dyn()))
