def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
data = b"a\rb\r\nc\nd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    w = io.TextIOWrapper(io.BytesIO(data), encoding="ascii", newline=nl)
    t(lambda: (nl, w.readlines(), w.newlines))
for nl in [None, "", "\n", "\r", "\r\n"]:
    b = io.BytesIO(); w = io.TextIOWrapper(b, encoding="ascii", newline=nl)
    w.write("x\ny\r\nz\r"); w.flush(); t(lambda: (nl, b.getvalue()))
t(lambda: io.TextIOWrapper(io.BytesIO(), newline="x")); t(lambda: io.TextIOWrapper(io.BytesIO(), newline=5))
