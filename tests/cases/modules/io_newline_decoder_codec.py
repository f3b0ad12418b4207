def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io, codecs
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
t(lambda: d.decode(b"\xc3")); t(lambda: d.getstate()); t(lambda: d.decode(b"\xa9\r")); t(lambda: d.getstate()); t(lambda: d.decode(b"\n", final=True))
t(lambda: d.newlines)
