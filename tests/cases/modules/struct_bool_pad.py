from _struct import pack, unpack, calcsize

print(pack("?", 0), pack("?", 5), pack("?", []), pack("?", [0]), pack("?", "x"), pack("?", None))
print(unpack("?", b"\x00"), unpack("?", b"\x01"), unpack("?", b"\x02"), unpack("3?", b"\x00\xff\x10"))
print(pack("x"), pack("3x"), pack("x?x", True), pack("0x"), calcsize("5x"))
print(unpack("2x?", b"ab\x01"), unpack("x", b"q"), unpack("3x", b"abc"))
print(pack("<?h", True, 5), pack("@?h", True, 5), calcsize("@?h"), calcsize("<?h"))
class B:
    def __bool__(self):
        return False
print(pack("?", B()), pack(">?", 1))
