class Foo:
    __slots__ = ('a',)
class Bar:
    pass
tests = [
    lambda: Foo().b,
    lambda: setattr(Foo(), 'b', 1),
    lambda: Foo().a,
    lambda: Bar().missing,
    lambda: Bar.missing,
    lambda: delattr(Bar(), 'x'),
    lambda: delattr(Bar, 'x'),
    lambda: (1).foo,
    lambda: [].foo,
    lambda: {}.foo,
    lambda: len.foo,
    lambda: type.foo,
    lambda: setattr([], 'x', 1),
    lambda: setattr(len, 'x', 1),
    lambda: delattr(1, 'real'),
    lambda: setattr(str, 'upper', None),
]
for t in tests:
    try:
        t()
        print('no error')
    except (AttributeError, TypeError) as e:
        print(f'{type(e).__name__}: {e}')
