import _operator as op

print(op.add(1, 2), op.sub(5, 7), op.mul(3, 4), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.pow(2, -1), op.lshift(1, 5), op.rshift(256, 3), op.and_(12, 10), op.or_(12, 3), op.xor(5, 1))
print(op.neg(5), op.pos(-5), op.abs(-3.5), op.inv(5), op.invert(0), op.not_(0), op.not_([1]), op.truth([]))
print(op.add('a', 'b'), op.mul('ab', 3), op.add([1], [2]), op.mod('%s!', 'x'))
print(op.and_(True, False), op.or_(True, False), op.xor(True, True), op.add(True, True))
class M:
    def __matmul__(self, o):
        return 'matmul'
    def __rmatmul__(self, o):
        return 'rmatmul'
    def __neg__(self):
        return 'neg'
    def __pos__(self):
        return 'pos'
    def __abs__(self):
        return 'abs'
    def __invert__(self):
        return 'invert'
m = M()
print(op.matmul(m, 1), op.matmul(1, m), op.neg(m), op.pos(m), op.abs(m), op.inv(m), op.invert(m))
for f, a, b in [(op.add, 1, 'a'), (op.truediv, 1, 0), (op.matmul, 1, 2), (op.lshift, 1, -1), (op.mod, 1, 0)]:
    try:
        f(a, b)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f in (op.neg, op.inv, op.abs):
    try:
        f('s')
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
print(op.index(7), op.index(True), op.index(2 ** 70))
class I:
    def __index__(self):
        return 42
print(op.index(I()))
try:
    op.index(1.5)
except TypeError as e:
    print('TypeError', e)
