import _operator as op

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2, 3])), op.length_hint(iter(range(10))))
print(op.length_hint(5), op.length_hint(5, 7), op.length_hint(x for x in []), op.length_hint({}, 3))
it = iter([1, 2, 3])
next(it)
print(op.length_hint(it))
class H:
    def __init__(self, v): self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v
print(op.length_hint(H(4)), op.length_hint(H(NotImplemented), 9), op.length_hint(H(TypeError('x')), 8))
t(op.length_hint, H(-1))
t(op.length_hint, H('a'))
t(op.length_hint, H(1.5))
t(op.length_hint, H(ValueError('bad')))
t(op.length_hint, [], 'a')
class L:
    def __len__(self):
        raise TypeError('no len')
    def __length_hint__(self):
        return 11
print(op.length_hint(L()))
class L2:
    def __len__(self):
        raise ValueError('len failed')
t(op.length_hint, L2())
print(op.length_hint(H(True)))
