from _struct import pack, unpack, calcsize

for code in "bBhHiIlLqQnNP":
    size = calcsize(code)
    lo = 0 if code in "BHILQNP" else -(1 << (8 * size - 1))
    hi = (1 << (8 * size - (0 if code in "BHILQNP" else 1))) - 1
    for v in (lo, hi, 0, 1, 100):
        b = pack(code, v)
        print(code, size, v, b.hex(), unpack(code, b)[0] == v)
print(pack("@i", -2), pack("=i", -2), pack("i", True))
print(unpack("q", b"\xff" * 8), unpack("Q", b"\xff" * 8), unpack("P", b"\x01" + b"\x00" * 7))
print(pack("3h", 1, 2, 3).hex(), unpack("2H", b"\x01\x00\xff\xff"))
