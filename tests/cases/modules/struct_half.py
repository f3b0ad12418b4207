from _struct import pack, unpack

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 65504.0, 65519.0, 6.103515625e-05, 5.960464477539063e-08,
        2 ** -25, 2 ** -25 + 2 ** -40, 2 ** -24 * 1.5, 1.0009765625, 1.00048828125, 1.00146484375,
        0.1, 1 / 3, 1000.5, 2049.0, 2051.0, float("inf"), float("-inf")]
for v in vals:
    b = pack("<e", v)
    print(repr(v), b.hex(), unpack("<e", b)[0], pack(">e", v).hex())
print(pack("<e", float("nan")).hex(), unpack("<e", b"\x00\x7e")[0], unpack("<e", b"\x01\xfc")[0])
t(pack, "<e", 65520.0)
t(pack, ">e", -1e10)
t(pack, "e", "x")
for h in (0x0001, 0x03ff, 0x0400, 0x3c00, 0x7bff, 0x7c00, 0xfc00, 0x8000, 0xc000):
    print(hex(h), unpack("<e", h.to_bytes(2, "little"))[0])
