import sys
FIVE, ABC, NONE, SET = 5, 'abc', None, {1, 2}
tests = [
    lambda: sys.no_such_attr,
    lambda: FIVE[0],
    lambda: ABC['x'],
    lambda: NONE[0],
    lambda: {}.items()[0],
    lambda: dict([(1,)]),
    lambda: dict(['ab', 'c']),
    lambda: (lambda a, b: 0)(1, 2, 3),
    lambda: int.__add__('x', 1),
    lambda: [].__getitem__('a'),
    lambda: 'a' < 1,
    lambda: [1, 2, 3][1:2:0],
    lambda: 'abc'.index('z'),
    lambda: (1, 2).index(5),
    lambda: SET[0],
    lambda: list.sort(5),
    lambda: int('1' * 10, 1),
    lambda: chr(2**40),
    lambda: 'x' * (2**100),
    lambda: [0] * (2**100),
    lambda: range(2**100)[2**100],
    lambda: float('1e400') * 0 + int(float('inf')),
    lambda: ''.join([None]),
    lambda: 'ab'.split(None, 'x'),
    lambda: 1 .__round__('x'),
    lambda: (1).to_bytes(-1, 'big'),
    lambda: [].insert(),
    lambda: sorted([1], key=1),
    lambda: {}.pop(),
    lambda: setattr(object(), 'x', 1),
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
