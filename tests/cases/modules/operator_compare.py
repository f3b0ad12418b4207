import _operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'a'), op.gt(3, 2), op.ge(1, 2))
print(op.lt('a', 'b'), op.lt([1], [1, 0]), op.eq(None, None), op.is_(None, None), op.is_not(1, None))
class R:
    def __lt__(self, o): return 'lt'
    def __le__(self, o): return 'le'
    def __eq__(self, o): return 'eq'
    def __ne__(self, o): return 'ne'
    def __gt__(self, o): return 'gt'
    def __ge__(self, o): return 'ge'
r = R()
print(op.lt(r, 1), op.le(r, 1), op.eq(r, 1), op.ne(r, 1), op.gt(r, 1), op.ge(r, 1))
print(op.lt(1, r), op.gt(1, r), op.eq(1, r))
for f in (op.lt, op.le, op.gt, op.ge):
    try:
        f(1, 'a')
    except TypeError as e:
        print(f.__name__, e)
print(op.eq(1, 'a'), op.ne(1, 'a'))
a = [1]
print(op.is_(a, a), op.is_(a, [1]), op.is_not(a, [1]))
print(op.truth(0), op.truth(''), op.truth(R), op.not_(None))
class B:
    def __bool__(self):
        return False
print(op.truth(B()), op.not_(B()))
class Bad:
    def __bool__(self):
        return 1
try:
    op.truth(Bad())
except TypeError as e:
    print('TypeError', e)
