from _struct import pack, unpack, calcsize

for order in "<>!=":
    for code in "bBhHiIlLqQ":
        size = calcsize(order + code)
        v = 0x0102030405060708 & ((1 << (8 * size - 1)) - 1)
        b = pack(order + code, v)
        print(order + code, size, b.hex(), unpack(order + code, b)[0] == v)
print(pack("<h", -2).hex(), pack(">h", -2).hex(), pack("!I", 0xDEADBEEF).hex())
print(unpack(">q", b"\x80" + b"\x00" * 7), unpack("<Q", b"\x00" * 7 + b"\x80"))
print(unpack("<l", b"\xff\xff\xff\xff"), unpack(">L", b"\xff\xff\xff\xfe"))
print(pack("<hH", -1, 65535).hex(), pack(">bB", -128, 255).hex())
print(unpack("<4b", bytes([0, 127, 128, 255])), unpack(">4B", bytes([0, 127, 128, 255])))
