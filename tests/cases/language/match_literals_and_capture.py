def m(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case 'hello':
            return 'greeting'
        case True:
            return 'true'
        case None:
            return 'none'
        case -1:
            return 'minus one'
        case 1.5:
            return 'float'
        case b'bytes':
            return 'bytes'
        case other:
            return f'other {other!r}'
for v in [0, 2, 'hello', True, None, -1, 1.5, b'bytes', 99, False, 1.0]:
    print(repr(v), m(v))
