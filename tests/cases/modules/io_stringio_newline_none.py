def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
s = io.StringIO("a\rb\r\nc\nd", newline=None)
t(lambda: s.getvalue()); t(lambda: s.readlines()); t(lambda: s.newlines)
s.write("x\r\ny\r"); t(lambda: s.getvalue()); t(lambda: s.newlines)
s2 = io.StringIO(newline=None); s2.write("a\r"); s2.write("\nb"); t(lambda: s2.getvalue()); t(lambda: s2.newlines)
t(lambda: io.StringIO("a\r\nb", newline=None).read(2))
t(lambda: io.StringIO("only\n", newline=None).newlines)
