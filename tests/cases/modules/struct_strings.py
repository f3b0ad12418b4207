import _struct
from _struct import pack, unpack, calcsize

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

print(pack("5s", b"ab"), pack("2s", b"abcdef"), pack("s", b"xyz"), pack("0s", b"abc"))
print(pack("5p", b"ab"), pack("3p", b"abcdef"), pack("p", b"xyz"), pack("0p", b"q"))
print(pack("256p", b"a" * 300)[:3], len(pack("256p", b"a" * 300)), pack("300p", b"a" * 300)[0])
print(unpack("5s", b"ab\x00\x00\x00"), unpack("5p", b"\x02abcd"), unpack("3p", b"\x09abc"[:3]))
print(unpack("0s", b""), calcsize("10s"), calcsize("10p"), calcsize("0s"))
print(pack("c", b"x"), pack("3c", b"a", b"b", b"c"), unpack("3c", b"abc"))
print(pack("s", bytearray(b"q")), pack("2p", bytearray(b"z")))
t(pack, "s", "abc")
t(pack, "p", 1)
t(pack, "c", b"ab")
t(pack, "c", "a")
t(pack, "c", bytearray(b"a"))
t(pack, "c", 97)
print(pack("2s3s", b"ab", b"cde"), unpack("2s3s", b"abcde"), pack("i4si", 1, b"ab", 2))
