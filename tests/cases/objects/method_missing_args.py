# Builtin methods called without their required argument raise CPython's TypeError instead
# of running with a missing operand.
calls = [
    lambda: set().discard(),
    lambda: set().remove(),
    lambda: set().add(),
    lambda: set().issubset(),
    lambda: set().symmetric_difference_update(1, 2),
    lambda: frozenset().isdisjoint(),
    lambda: frozenset().issuperset(),
    lambda: {}.keys().isdisjoint(),
    lambda: {}.items().isdisjoint(1, 2),
    lambda: "".removeprefix(),
    lambda: "".removesuffix(1, 2),
    lambda: "".translate(),
    lambda: str.maketrans(),
    lambda: str.maketrans(1, 2, 3, 4),
    lambda: bytes.maketrans(),
    lambda: b"a".center(),
    lambda: b"a".ljust(1, 2, 3),
    lambda: b"a".count(),
    lambda: b"a".find(),
    lambda: b"a".startswith(),
    lambda: b"a".join(),
    lambda: b"a".replace(),
    lambda: b"a".partition(),
    lambda: b"a".zfill(),
    lambda: b"a".removeprefix(),
    lambda: bytearray().insert(),
    lambda: bytearray().extend(),
    lambda: bytearray().remove(),
    lambda: bytearray(b"a").rindex(),
    lambda: b"".decode(None),
    lambda: b"".decode("utf-8", 5),
    lambda: "".encode(None),
    lambda: range(3).count(),
    lambda: range(3).index(),
    lambda: property().getter(),
    lambda: property().setter(1, 2),
    lambda: property().__set_name__(),
    lambda: ValueError().add_note(),
    lambda: int.__instancecheck__(),
]
for i, f in enumerate(calls):
    try:
        r = f()
        print(i, "ok", type(r).__name__)
    except TypeError as e:
        print(i, repr(str(e)))

print(b"abcb".count(b"b"), b"a".center(3), bytearray(b"ab").rindex(b"b"), range(5).index(3))
print(str.maketrans("ab", "cd") == {97: 99, 98: 100}, {1, 2}.issubset([1, 2, 3]))
