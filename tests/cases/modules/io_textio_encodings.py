def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-32", "cp1252", "UTF8", "Latin1"]:
    b = io.BytesIO(); w = io.TextIOWrapper(b, encoding=enc)
    try:
        w.write("caf\u00e9"); w.flush(); v = b.getvalue()
        w.seek(0); print(enc, w.encoding, v, repr(w.read()))
    except Exception as e:
        print(enc, type(e).__name__, e)
t(lambda: io.TextIOWrapper(io.BytesIO(), encoding="nope")); t(lambda: io.TextIOWrapper(io.BytesIO(), encoding="hex")); t(lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))
t(lambda: io.TextIOWrapper(io.BytesIO()).encoding); t(lambda: io.TextIOWrapper(io.BytesIO(), encoding="locale").encoding)
