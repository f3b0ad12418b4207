NONE = None
tests = [lambda: 1 + 'a', lambda: 'a' - 1, lambda: [] + {}, lambda: None + 1, lambda: {}['k'], lambda: [][0],
         lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: int('x'), lambda: undefined, lambda: None.attr,
         lambda: 'abc'.nope(), lambda: len(None), lambda: NONE(), lambda: [1, 2][NONE], lambda: {}[[]],
         lambda: iter(None), lambda: 'a' * 'b', lambda: 'a' * 1.5, lambda: [1] * [2], lambda: 3 < 'a',
         lambda: (1, 2)[5], lambda: 'x'.join([1]), lambda: object() + object(), lambda: tuple(5),
         lambda: ''.join(None), lambda: list(1), lambda: dict(1), lambda: {}.get(), lambda: 'a'.upper(1)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
