# str(object, encoding, errors): encoding and errors must be str without NUL characters.
import sys

cases = [
    (b"3", "ascii"),
    (b"4", "latin1", "strict"),
    (b"3", "ascii", "strict", "x"),
    (b"3", 1),
    (1, "ascii"),
    (b"3", "ascii", 1),
    (b"3", "asc\0ii"),
    (b"3", "ascii", "str\0ict"),
    (b"2", sys.getdefaultencoding),
    ("s", "ascii"),
]
for args in cases:
    try:
        print(repr(str(*args)))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(str(b"x", errors="strict")), repr(str(encoding="ascii")))
try:
    str(b"x", encoding=None)
except TypeError as e:
    print(type(e).__name__, e)
