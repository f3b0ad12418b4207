class L:
    def __repr__(self): return 'L'
for name in ['radd', 'rsub', 'rmul', 'rtruediv', 'rfloordiv', 'rmod', 'rpow', 'rlshift', 'rrshift', 'rand', 'ror', 'rxor', 'rmatmul', 'rdivmod']:
    setattr(L, f'__{name}__', (lambda n: lambda self, other: f'{n}<{other!r}>')(name))
l = L()
print(1 + l, 1 - l, [1] * l, 1.5 / l, 2 // l, 3 % l, 2 ** l)
print(1 << l, 1 >> l, True & l, 3 | l, 4 ^ l, 5 @ l, divmod(6, l))
print('s' + l, (1,) + l, b'b' * l, [2] + l)
class NoReflect:
    pass
try:
    1 + NoReflect()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoReflect() < 1
except TypeError as e:
    print(type(e).__name__, e)
