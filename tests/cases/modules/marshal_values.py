import marshal

values = [0, 1, -5, 2**31, -2**31 - 1, 2**100, -2**70, 1.5, -0.0, float("inf"), 1j, -2.5 + 3j,
          "", "abc", "é\U0001F600", b"", b"xy\x00", (), (1, (2, "x")), [1, [2]], {"a": 1, 2: (3,)},
          None, True, False, ..., frozenset([1, 2]), {3, 4}, StopIteration, bytearray(b"ab")]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    print(repr(v), repr(back), type(back).__name__, back == v or (v != v))

# Bytes as CPython 3.11 writes them (with its reference flags) load the same.
for hexdata in ["e901000000", "da03616263", "a902e901000000a901e902000000", "fb da0161 e9 01000000 30",
                "ec070000000000000000000000000000000004", "e7000000000000f83f", "29027201000000" ]:
    data = bytes.fromhex(hexdata.replace(" ", ""))
    try:
        print(hexdata, repr(marshal.loads(data)))
    except Exception as e:
        print(hexdata, type(e).__name__, e)

code = compile("def f(x, *, y=2):\n    return [x + y for _ in range(2)]\n", "m.py", "exec")
ns = {}
exec(marshal.loads(marshal.dumps(code)), ns)
print(ns["f"](1), ns["f"].__code__.co_filename, ns["f"].__code__.co_kwonlyargcount)

for bad in [object(), [object()], lambda: 0]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for data in [b"", b"i\x01", b"\xff", b"(\x02\x00\x00\x00N"]:
    try:
        marshal.loads(data)
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    marshal.loads(42)
except TypeError as e:
    print(type(e).__name__, e)
print(marshal.version)
