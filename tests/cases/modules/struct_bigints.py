from _struct import pack, unpack

for code in ("<q", ">q", "<Q", ">Q", "@q", "@Q", "@n", "@N", "@P", "@l", "@L"):
    for v in (2 ** 62, 2 ** 53 + 1, -2 ** 53 - 1, 2 ** 63 - 1, -2 ** 63, 2 ** 64 - 1):
        try:
            b = pack(code, v)
        except Exception as e:
            print(code, v, type(e).__name__, e)
            continue
        print(code, v, b.hex(), unpack(code, b)[0])
print(unpack("<q", b"\x01\x00\x00\x00\x00\x00\x20\x00"), unpack("<Q", b"\xff" * 7 + b"\x7f"))
print(type(unpack("<q", b"\x01" + b"\x00" * 7)[0]).__name__, unpack("<q", b"\x00" * 8)[0] == 0)
