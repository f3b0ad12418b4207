def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
d = io.IncrementalNewlineDecoder(None, translate=True)
t(lambda: d.decode("a\r")); t(lambda: d.getstate()); t(lambda: d.decode("\nb\r")); t(lambda: d.decode("", final=True)); t(lambda: d.newlines)
d.reset(); t(lambda: d.newlines); t(lambda: d.decode("x\ry\n")); t(lambda: d.newlines)
d2 = io.IncrementalNewlineDecoder(None, False)
t(lambda: d2.decode("a\r\nb\rc")); t(lambda: d2.newlines); t(lambda: d2.getstate()); d2.setstate((b"", 1)); t(lambda: d2.decode("q"))
t(lambda: d2.decode(b"bytes")); t(lambda: io.IncrementalNewlineDecoder(None))
