import _operator as op

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)), op.concat(b'x', b'y'))
t(op.concat, 1, 2)
t(op.concat, [1], (2,))
t(op.concat, {}, {})
t(op.concat, range(2), range(2))
class S:
    def __getitem__(self, i): return i
    def __add__(self, o): return 'S.add'
t(op.concat, S(), S())
t(op.concat, S(), 1)
print(op.contains([1, 2], 2), op.contains('abc', 'bc'), op.contains({1: 2}, 2))
t(op.contains, 1, 1)
print(op.countOf([1, 2, 1, 1.0], 1), op.countOf('aba', 'a'), op.indexOf([5, 6, 7], 7), op.indexOf(iter('xyz'), 'y'))
t(op.indexOf, [1], 2)
t(op.countOf, 5, 1)
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan))
d = {'a': 1}
print(op.getitem(d, 'a'), op.getitem([1, 2, 3], slice(1, None)), op.getitem('abc', -1))
op.setitem(d, 'b', 2)
op.delitem(d, 'a')
print(d)
l = [1, 2, 3]
op.setitem(l, slice(0, 2), ['x'])
op.delitem(l, -1)
print(l)
t(op.getitem, d, 'zz')
t(op.getitem, 1, 0)
t(op.setitem, (1,), 0, 1)
t(op.delitem, [1], 5)
