def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
s = io.StringIO("a\rb\r\nc\nd", newline="")
t(lambda: s.getvalue()); t(lambda: s.readlines()); t(lambda: s.newlines); t(lambda: s.tell())
s.write("x\ny\r"); t(lambda: s.getvalue())
s.seek(0); t(lambda: [s.readline() for i in range(6)])
