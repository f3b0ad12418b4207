def kind(v):
    match v:
        case [*_]:
            return 'sequence'
        case _:
            return 'not sequence'
import types
for v in [[1], (1,), range(2), 'str', b'bytes', bytearray(b'x'), {1: 2}, {1}, iter([1]), memoryview(b'ab') if False else None]:
    print(type(v).__name__, kind(v))
def star(v):
    match v:
        case [first, *middle, last]:
            return first, middle, last
        case [only]:
            return 'only', only
        case []:
            return 'empty'
for v in [[1, 2, 3, 4], (5, 6), [7], ()]:
    print(star(v))
