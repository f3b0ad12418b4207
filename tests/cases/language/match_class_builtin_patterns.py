def m(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(i) if i < 0:
            return f'negative int {i}'
        case int():
            return 'int'
        case float(f):
            return f'float {f}'
        case str(s) if len(s) > 3:
            return f'long str {s}'
        case str():
            return 'short str'
        case list([a, b]):
            return f'two-list {a} {b}'
        case tuple((x, *_)):
            return f'tuple starting {x}'
        case dict({'k': v2}):
            return f'dict k={v2}'
        case bytes(bb):
            return f'bytes {bb!r}'
        case _:
            return 'other'
for v in [True, -5, 7, 2.5, 'hello', 'hi', [1, 2], [1, 2, 3], (9, 8), {'k': 0, 'x': 1}, b'z', None]:
    print(repr(v), '->', m(v))
