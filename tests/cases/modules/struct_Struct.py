import _struct
from _struct import Struct

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

s = Struct("<ihq")
print(s.format, s.size, s.pack(1, 2, 3).hex(), s.unpack(s.pack(-1, -2, -3)))
b = Struct(b">H")
print(b.format, b.size, b.pack(258), type(b.format).__name__)
print(Struct(format="<i").size, Struct("").size, Struct("").pack(), Struct("").unpack(b""))
print(type(s).__name__, type(s).__module__, type(s).__qualname__, Struct.__name__)
def setsize():
    s.size = 1
def setfmt():
    s.format = "i"
t(setsize)
t(setfmt)
t(s.pack, 1, 2)
t(s.pack, 1, 2, 3, 4)
t(Struct, "i", format="i")
t(Struct, fmt="i")
t(Struct, "z")
class Sub(Struct):
    pass
u = Sub("<h")
print(type(u).__name__, u.pack(5), u.size)
print(_struct.pack(s, 1, 2, 3) == s.pack(1, 2, 3) if False else "skip")
s.__init__("<b")
print(s.format, s.size, s.pack(-1))
print(s.pack.__name__, s.unpack.__name__, Struct.size.__class__.__name__)
