# crc32 and crc_hqx, with running values and masking of the start value.
import binascii

for data in [b"", b"a", b"hello", b"hello world", bytes(range(256)) * 4]:
    print(binascii.crc32(data), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xffff))
print(binascii.crc32(b"world", binascii.crc32(b"hello ")) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"hello", 123), binascii.crc32(b"hello", -1), binascii.crc32(b"hello", 2**40))
print(binascii.crc32(b"hello", 2**32 + 5) == binascii.crc32(b"hello", 5))
print(binascii.crc_hqx(b"hello", 0x1ffff), binascii.crc_hqx(b"hello", -1))
print(binascii.crc32(bytearray(b"abc")), binascii.crc32(memoryview(b"abc")))
print(binascii.crc_hqx(b"123456789", 0xffff) == 0x29b1)
for bad in [lambda: binascii.crc32("x"), lambda: binascii.crc32(), lambda: binascii.crc32(b"", 1, 2),
            lambda: binascii.crc_hqx(b"hello"), lambda: binascii.crc32(b"", 1.0),
            lambda: binascii.crc_hqx(b"", "x")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
