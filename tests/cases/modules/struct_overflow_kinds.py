# Which overflow surfaces as struct.error and which as OverflowError: s_pack_internal rewords a
# packer's OverflowError as struct.error only when the value is an int, not an __index__ object.
import struct


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def t(fmt, v):
    try:
        print(fmt, struct.pack(fmt, v).hex())
    except struct.error as e:
        print(fmt, "struct.error", e)
    except Exception as e:
        print(fmt, type(e).__name__, e)


for v in (2**70, -2**70, -1, 2**64, Idx(2**70), Idx(-2**70), Idx(-1), Idx(2**64), True):
    print("value", v if isinstance(v, int) else f"Idx({v.v})")
    for fmt in ("P", ">q", ">Q", "!Q", "<q", "<Q", "q", "Q", "n", "N", ">h", ">H", "<L", ">L"):
        t(fmt, v)

# Floats too large for 'e' and 'f': struct.error for an int, OverflowError otherwise.
for v in (65520, 2**31, 65520.0, 1e39, Idx(2**31), 2**200, 2**1100, 3.5e38):
    for fmt in ("e", "<e", ">e", "<f", ">f", "f"):
        t(fmt, v)

# The sign of a NaN is kept by 'e' as by 'f' and 'd'.
nan = float("nan")
for fmt in ("<e", ">e", "<f", "<d"):
    print(fmt, struct.pack(fmt, nan).hex(), struct.pack(fmt, -nan).hex())
