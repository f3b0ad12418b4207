# Huge or tiny numbers at the edges of C's types: subnormal floats hash, sizes past Py_ssize_t
# are OverflowError, and big but valid sizes are made (or MemoryError), quickly.
import sys

for x in [1e-309, 5e-324, -2.2250738585072014e-308 / 3, sys.float_info.min, 2.5e-320, -0.0]:
    print(repr(x), hash(x), hash(x) == hash(-x) * -1 or x == 0)

for call in [
    lambda: "".zfill(10**400),
    lambda: "ab".zfill(-(10**400)),
    lambda: "-1".zfill(6),
    lambda: "x".ljust(2**63),
    lambda: "x".rjust(-(2**63)),
    lambda: "x".center(10**30, "*"),
    lambda: "x".center(2**63 - 1 - 2**62),
]:
    try:
        print(repr(call()))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)

for v, n, order, signed in [
    (0, 0, "big", False), (1, 0, "big", False), (-1, 0, "big", True), (255, 1, "big", True),
    (-128, 1, "big", True), (-129, 1, "big", True), (-256, 2, "big", True),
    (-(2**63), 8, "little", True), (2**64 - 1, 8, "big", False), (2**64, 8, "big", False),
    (-12345678901234567890, 10, "little", True), (-1, 12, "big", True), (1, 2, "middle", False),
    (-5, 3, "big", False), (1, 2**70, "big", False), (1, -1, "big", False),
]:
    try:
        print(v, n, order, signed, v.to_bytes(n, order, signed=signed))
    except (OverflowError, ValueError) as e:
        print(v, n, order, signed, type(e).__name__, e)

# A large length is allocated at once, not built a byte at a time.
b = (-1).to_bytes(2**24, "little", signed=True)
print(len(b), b[:2], b[-2:], b.count(0xFF) == len(b))
b = (2**100 + 7).to_bytes(2**24, "big")
print(len(b), b[-13:])
