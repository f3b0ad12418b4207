# Struct objects before and across __init__, argument checking of the module functions and the
# methods, and weak references to Struct objects.
import struct
import weakref

S = struct.Struct


def t(label, f):
    try:
        print(label, repr(f()))
    except struct.error as e:
        print(label, "struct.error", e)
    except Exception as e:
        print(label, type(e).__name__, e)


# A failed re-init replaces the format but keeps the old layout (CPython sets s_format first).
s = S("i")
t("reinit", lambda: (s.__init__("2h"), s.format, s.size, s.pack(1, 2)))
t("reinit bad", lambda: s.__init__("z"))
t("after bad", lambda: (s.format, s.size, s.pack(1, 2)))
t("reinit type", lambda: s.__init__(5))
t("after type", lambda: (s.format, s.size))

# Before __init__: s_size and s_len are -1.
u = S.__new__(S)
t("new size", lambda: u.size)
t("new format", lambda: u.format)
t("new pack", lambda: u.pack())
t("new unpack", lambda: u.unpack(b""))


class NoInit(S):
    def __init__(self):
        pass


t("noinit", lambda: (NoInit().size, NoInit().format))

# __sizeof__ follows CPython's layout: the object and one formatcode per code plus the end.
for fmt in ("", "b", "BHILfdspP", "B" * 100, "fd", "xxxx", "100H", "187s", "0s", "0c", "3x2i"):
    print(repr(fmt[:12]), S(fmt).__sizeof__())

# Keyword arguments are refused by the functions without keyword parameters, named as CPython.
t("pack kw", lambda: struct.pack("b", x=1))
t("pack_into kw", lambda: struct.pack_into("b", bytearray(1), 0, x=1))
t("unpack kw", lambda: struct.unpack("b", buffer=b"x"))
t("calcsize kw", lambda: struct.calcsize(format="b"))
t("iter_unpack kw", lambda: struct.iter_unpack("b", buffer=b""))
t("Struct.pack kw", lambda: S("b").pack(x=1))
t("Struct.pack_into kw", lambda: S("b").pack_into(bytearray(1), 0, 1, x=2))
t("Struct.unpack kw", lambda: S("b").unpack(buffer=b"x"))
t("Struct.unpack 0", lambda: S("b").unpack())
t("Struct.iter_unpack kw", lambda: S("b").iter_unpack(buffer=b""))

# The format cache is a dict: unhashable formats fail there; a Struct is not a format.
t("calcsize list", lambda: struct.calcsize([]))
t("calcsize bytearray", lambda: struct.calcsize(bytearray(b"b")))
t("calcsize int", lambda: struct.calcsize(5))
t("pack Struct", lambda: struct.pack(S("b"), 1))
t("Struct int", lambda: S(5))

# pack_into's offset goes through PyNumber_AsSsize_t(v, IndexError); unpack_from's does not.
t("pack_into huge", lambda: struct.pack_into("b", bytearray(1), 2**63, 1))
t("pack_into -huge", lambda: struct.pack_into("b", bytearray(1), -2**63 - 1, 1))
t("unpack_from huge", lambda: struct.unpack_from("b", b"x", 2**63))
t("pack_into None", lambda: struct.pack_into("b", None, 0, 1))
t("pack_into bytes", lambda: struct.pack_into("b", b"x", 0, 1))

# Sizes past 2**53 stay exact.
t("calcsize big", lambda: struct.calcsize("9223372036854775807x"))
t("size big", lambda: S("4611686018427387903x").size)
t("pack big", lambda: struct.pack("9223372036854775807x"))
t("unpack big", lambda: struct.unpack("9007199254740993x", b""))

r = weakref.ref(s)
print("weakref", r() is s)
