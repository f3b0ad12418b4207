def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data; self.pos = 0; self.calls = 0
    def readable(self): return True
    def readinto(self, b):
        self.calls += 1
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]; self.pos += n
        return n
r = Raw(b"abcdefgh")
t(lambda: r.read(2)); t(lambda: r.read()); r.pos = 0; t(lambda: r.readall()); r.pos = 0; t(lambda: r.readline()); r.pos = 0
br = io.BufferedReader(Raw(b"line one\nline two\n"), 4)
t(lambda: br.readline()); t(lambda: br.read()); t(lambda: br.raw.calls)
tw = io.TextIOWrapper(io.BufferedReader(Raw("h\u00e9llo\nw\u00f6rld\n".encode())), encoding="utf-8")
t(lambda: tw.readlines())
t(lambda: io.RawIOBase().read(1)); t(lambda: io.RawIOBase().write(b"x"))
