import _operator as op

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

g = op.itemgetter(1)
print(g('abc'), g([1, 2]), g({1: 'one'}), g)
g = op.itemgetter(0, -1, slice(1, 3))
print(g('abcdef'), g)
print(g.__reduce__(), op.itemgetter('k').__reduce__())
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)))
print(list(map(op.itemgetter(0, 0), rows)))
t(op.itemgetter)
t(op.itemgetter, x=1)
t(op.itemgetter(5), [1])
t(op.itemgetter('a'), {})
t(op.itemgetter(0), 5)
t(op.itemgetter(0))
t(op.itemgetter(0), [1], [2])
print(repr(op.itemgetter('x', (1, 2))))
class Rec:
    def __repr__(self):
        return repr(self.g)
r = Rec()
r.g = op.itemgetter(r)
print(repr(r.g))
