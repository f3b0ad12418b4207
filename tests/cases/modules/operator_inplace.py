import _operator as op

l = [1]
r = op.iadd(l, [2])
print(r is l, l)
r = op.iconcat(l, (3,))
print(r is l, l)
t = (1,)
r = op.iadd(t, (2,))
print(r, t, r is t)
print(op.isub(5, 3), op.imul(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4))
print(op.ipow(2, 5), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(4, 1), op.ixor(7, 2))
s = {1}
print(op.ior(s, {2}) is s, s, op.iand(s, {2}), op.isub(s, {2}), op.ixor(s, {5}))
class Acc:
    def __init__(self): self.log = []
    def __iadd__(self, o):
        self.log.append(('iadd', o))
        return self
    def __add__(self, o):
        return 'add'
    def __imatmul__(self, o):
        return 'imatmul'
a = Acc()
print(op.iadd(a, 1) is a, a.log, op.imatmul(a, 2))
class Only:
    def __add__(self, o):
        return 'plain add'
print(op.iadd(Only(), 1))
try:
    op.imatmul(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    op.iconcat(1, [2])
except TypeError as e:
    print('TypeError', e)
