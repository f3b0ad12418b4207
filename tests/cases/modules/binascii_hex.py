# hexlify/unhexlify, b2a_hex/a2b_hex, with sep and bytes_per_sep.
import binascii

print(binascii.hexlify(b"\x00\x01\xab\xff"), binascii.b2a_hex(b""))
print(binascii.hexlify(bytearray(b"abc")), binascii.hexlify(memoryview(b"xyz")))
for sep, n in [("-", 1), (b":", 2), (":", -2), (":", 3), ("_", -3), (" ", 0), (":", 10)]:
    print(repr(sep), n, binascii.hexlify(b"abcdefg", sep, n))
print(binascii.b2a_hex(data=b"ab", sep="_", bytes_per_sep=1))
print(binascii.hexlify(b"a", ":"), binascii.hexlify(b"", ":", 2))
print(binascii.unhexlify(b"0a0B"), binascii.unhexlify("ffFF00"), binascii.a2b_hex(bytearray(b"41")))
print(binascii.unhexlify(""), binascii.a2b_hex(memoryview(b"4243")))
for f, a in [(binascii.unhexlify, "0"), (binascii.unhexlify, "0g"), (binascii.a2b_hex, "zz"),
             (binascii.unhexlify, "é0"), (binascii.unhexlify, 1), (binascii.unhexlify, "0 "),
             (binascii.hexlify, "ab"), (binascii.hexlify, 5)]:
    try:
        print(f(a))
    except Exception as e:
        print(type(e).__name__, e)
for sep in ["--", b"", "\u20ac", 1]:
    try:
        print(binascii.hexlify(b"ab", sep))
    except Exception as e:
        print(type(e).__name__, e)
try:
    binascii.a2b_hex(hexstr="00")
except TypeError as e:
    print("TypeError", e)
