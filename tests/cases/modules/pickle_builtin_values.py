# Round trips of builtin values through every protocol.
import pickle

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 2**31 - 1, -2**31, 2**63, -2**64 - 1, 10**40,
    0.0, -0.0, 1.5, 1e300, float('inf'), -float('inf'), 1j, complex(1.5, -2),
    '', 'abc', 'caf\xe9', '\u20ac', '\U0001f600', 'a\nb\\c', b'', b'\x00\xff', bytearray(b'xy'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]], {}, {'a': 1, 2: 'b'},
    set(), {1, 2}, frozenset(), frozenset({3}), Ellipsis, NotImplemented,
    range(5), range(1, 10, 3), slice(1, 2, 3), slice(None),
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    ok = []
    for v in values:
        w = pickle.loads(pickle.dumps(v, proto))
        same = w == v or (v != v and w != w)
        ok.append(same and type(w) is type(v))
    print(proto, all(ok), [repr(v) for v, good in zip(values, ok) if not good])
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
z = pickle.loads(pickle.dumps(-0.0))
print(repr(z), str(z))
print(pickle.loads(pickle.dumps(None)) is None, pickle.loads(pickle.dumps(Ellipsis)) is Ellipsis)
for p in range(6):
    print(p, pickle.loads(pickle.dumps((1, 'a', [b'x'], {2: 3.5}), p)))
