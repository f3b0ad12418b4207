# map/filter/reversed refuse keywords only when the type's __init__ is the inherited one.
class M(map):
    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs


class M2(map):
    pass


class F(filter):
    def __init__(self, func, it, **kwargs):
        self.kwargs = kwargs


class F2(filter):
    pass


class R(reversed):
    def __init__(self, seq, **kwargs):
        self.kwargs = kwargs


class R2(reversed):
    pass


m = M(str, [1, 2], tag=1)
print(list(m), m.kwargs, type(m).__name__)
f = F(None, [0, 1, 2], tag=2)
print(list(f), f.kwargs)
r = R('ab', tag=3)
print(list(r), r.kwargs)
for make in (lambda: map(str, [1], x=1), lambda: M2(str, [1], x=1), lambda: filter(None, [], x=1),
             lambda: F2(None, [], x=1), lambda: reversed([], x=1), lambda: R2([], x=1),
             lambda: map(str), lambda: map(), lambda: M(str, x=1), lambda: filter(None),
             lambda: F(None, x=1), lambda: filter(None, [], []), lambda: reversed(),
             lambda: reversed([], []), lambda: R(), lambda: map(str, 1), lambda: filter(None, 1)):
    try:
        print(make())
    except TypeError as e:
        print('TypeError', e)
print(M(abs, [-1]).__reduce__()[0].__name__, list(M2(abs, [-3])))
