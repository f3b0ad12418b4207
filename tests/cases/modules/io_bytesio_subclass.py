def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
class B(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.extra = 1
    def readline(self, size=-1):
        return super().readline(size).upper()
b = B(b"ab\ncd\n")
t(lambda: list(b)); t(lambda: b.extra); t(lambda: isinstance(b, io.BufferedIOBase)); t(lambda: type(b).__mro__[1:3])
t(lambda: io.BytesIO(b"", 3)); t(lambda: io.BytesIO(foo=1)); t(lambda: io.BytesIO("s"))
