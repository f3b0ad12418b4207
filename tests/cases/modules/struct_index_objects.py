import _struct
from _struct import pack

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except _struct.error as e:
        print("struct.error", e)
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class F:
    def __float__(self):
        return 1.25
class Both:
    def __index__(self):
        return 7
    def __float__(self):
        return 7.5
print(pack("<i", I(5)), pack("<Q", I(2 ** 63)), pack("<b", I(-1)), pack("<d", I(3)))
t(pack, "<b", I(200))
t(pack, "<I", I(-1))
t(pack, "<i", F())
print(pack("<d", F()), pack("<f", F()), pack("<e", F()), pack("<i", Both()), pack("<d", Both()))
class BadIndex:
    def __index__(self):
        return "x"
t(pack, "<i", BadIndex())
class BadFloat:
    def __float__(self):
        raise ValueError("nope")
t(pack, "<d", BadFloat())
print(pack("<i", True), pack("<?", I(0)), pack("<q", -2 ** 63))
