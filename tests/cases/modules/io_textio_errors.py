def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
def rd(data, **kw):
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", **kw).read()
t(lambda: rd(b"a\xffb")); t(lambda: rd(b"a\xffb", errors="replace")); t(lambda: rd(b"a\xffb", errors="ignore")); t(lambda: rd(b"a\xffb", errors="surrogateescape"))
t(lambda: rd(b"a\xffb", errors="backslashreplace")); t(lambda: rd(b"\xe2\x82"))
def wr(s, enc, **kw):
    b = io.BytesIO(); w = io.TextIOWrapper(b, encoding=enc, **kw); w.write(s); w.flush(); return b.getvalue()
t(lambda: wr("\u00e9", "ascii")); t(lambda: wr("a\u00e9", "ascii", errors="replace")); t(lambda: wr("\u20ac", "latin-1", errors="xmlcharrefreplace"))
t(lambda: wr("\udcff", "utf-8")); t(lambda: wr("\udcff", "utf-8", errors="surrogateescape")); t(lambda: wr("\u20ac", "ascii", errors="backslashreplace"))
t(lambda: io.TextIOWrapper(io.BytesIO(), errors=5)); t(lambda: io.TextIOWrapper(io.BytesIO(), errors="replace").errors)
