# struct: NUL in a format, offsets past the buffer (exact even beyond 2**53), unpack_iterator
# cannot be instantiated.
import struct
import sys

for fmt in ["\0", "2\0i", b"\0"]:
    try:
        struct.calcsize(fmt)
    except struct.error as e:
        print(type(e).__name__, e)
it_type = type(struct.Struct(">ibcp").iter_unpack(b""))
try:
    it_type()
except TypeError as e:
    print(type(e).__name__, e)
for off in (sys.maxsize, -sys.maxsize - 1, 2**53 + 1, 11, -11):
    try:
        struct.pack_into("<I", bytearray(10), off, 1)
    except struct.error as e:
        print(e)
    try:
        struct.unpack_from("<I", bytearray(10), off)
    except struct.error as e:
        print(e)
try:
    struct.unpack_from("<I", bytearray(10), 2**63)
except OverflowError as e:
    print(type(e).__name__, e)
