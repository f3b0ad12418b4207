def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
for nl in ["\n", "\r", "\r\n"]:
    s = io.StringIO("a\rb\r\nc\nd", newline=nl)
    t(lambda: (s.getvalue(), s.readlines(), s.newlines, s.tell()))
    s.write("x\ny")
    t(lambda: s.getvalue())
t(lambda: io.StringIO(newline="x")); t(lambda: io.StringIO(newline=3)); t(lambda: io.StringIO(5)); t(lambda: io.StringIO("a", "\r\n\r"))
