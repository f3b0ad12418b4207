def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
class Lines(io.IOBase):
    def __init__(self, lines): self.lines = list(lines)
    def readable(self): return True
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else b""
x = Lines([b"a\n", b"b\n", b"c"])
t(lambda: list(x)); x = Lines([b"a\n", b"bb\n", b"c"]); t(lambda: x.readlines(2)); t(lambda: x.readlines())
class Peek(io.BufferedIOBase):
    def __init__(self, data): self.data = data
    def peek(self, n=0): return self.data
    def read(self, n=-1):
        r, self.data = self.data[:n], self.data[n:]
        return r
t(lambda: Peek(b"xy\nz").readline()); t(lambda: Peek(b"xyz").readline(2)); t(lambda: Peek(b"ab\ncd").readinto(bytearray(3)))
class W(io.IOBase):
    def __init__(self): self.out = []
    def write(self, b): self.out.append(b)
w = W(); w.writelines(["a", "b"]); t(lambda: w.out)
with W() as w2: pass
t(lambda: w2.closed); t(lambda: w2.writelines([]))
