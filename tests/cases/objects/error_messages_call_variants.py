class C:
    def __init__(self, a, *, b): pass
    def m(self): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, y): pass
def many(a, b, c, d): pass
def kwo(*, a, b, c): pass
def defaults(a, b=1, c=2): pass
tests = [lambda: C(), lambda: C(1), lambda: C(1, 2), lambda: C(1, b=2, c=3), lambda: C(1, b=2).m(1),
         lambda: C.s(), lambda: C.c(), lambda: C.c(1, 2), lambda: many(1), lambda: many(1, 2),
         lambda: many(b=1), lambda: kwo(), lambda: kwo(a=1), lambda: defaults(), lambda: defaults(1, 2, 3, 4),
         lambda: defaults(1, d=4), lambda: defaults(1, 2, b=3), lambda: int(x=1), lambda: print(end=1),
         lambda: [].append(), lambda: [].append(1, 2), lambda: {}.get(1, 2, 3), lambda: 'x'.split(1),
         lambda: max(1, 2, key=1), lambda: abs(), lambda: isinstance(1), lambda: divmod(1)]
for t in tests:
    try:
        t()
        print('no error')
    except TypeError as e:
        print(f'TypeError: {e}')
