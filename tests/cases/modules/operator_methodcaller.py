import _operator as op

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

m = op.methodcaller('upper')
print(m('abc'), m, m.__reduce__())
m = op.methodcaller('split', ',', 1)
print(m('a,b,c'), m, m.__reduce__())
m = op.methodcaller('split', sep=',', maxsplit=1)
print(m('a,b,c'), m)
m = op.methodcaller('replace', 'a', 'b', 1)
print(m('aaa'))
t(op.methodcaller)
t(op.methodcaller, 1)
t(op.methodcaller, name='x')
t(op.methodcaller('nope'), 1)
t(op.methodcaller('upper'))
t(op.methodcaller('upper'), 'a', 'b')
t(op.methodcaller('upper'), x=1)
t(op.methodcaller('upper', 1), 'a')
class C:
    def f(self, *a, **k):
        return a, k
print(op.methodcaller('f', 1, 2, z=3)(C()))
print(type(m).__name__, type(m).__module__)
