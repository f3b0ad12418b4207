for v in [1, -1.5, 'str', "q'uote", b'b', None, True, ..., NotImplemented, [1], (1,), {1: 2}, {1}, frozenset(), 1j, range(3), slice(1), type, len, object]:
    print(repr(v), str(v), ascii(v))
print(ascii('ü\n'), repr('\x1b[0m'), repr('\ud800'), ascii('\U0001f600'))
