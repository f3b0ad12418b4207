from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class W:
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(b)
        return len(b)
class R:
    def __init__(self, data):
        self.data = data
    def read(self, n):
        out, self.data = self.data[:n], self.data[n:]
        return out
w = W()
array("h", [1, 2, 3]).tofile(w)
print(w.chunks)
w2 = W()
array("h").tofile(w2)
print(w2.chunks)
a = array("h")
a.fromfile(R(b"\x01\x00\x02\x00\x03\x00"), 2)
print(a)
t(a.fromfile, R(b"\x05\x00\x06"), 2)
print(a)
t(a.fromfile, R(b""), 1)
t(a.fromfile, R(b"\x00\x00"), -1)
a.fromfile(R(b""), 0)
print(a)
class Bad:
    def read(self, n):
        return "str"
t(a.fromfile, Bad(), 1)
t(a.fromfile, 1, 1)
t(a.tofile, 1)
t(a.fromfile, R(b""), "x")
t(a.fromfile, R(b""))
