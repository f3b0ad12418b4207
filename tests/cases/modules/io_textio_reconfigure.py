def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
w.write("\u00e9"); t(lambda: w.reconfigure(encoding="latin-1")); w.write("\u00e9"); w.flush(); t(lambda: b.getvalue()); t(lambda: w.encoding)
t(lambda: w.reconfigure(errors="replace")); t(lambda: (w.encoding, w.errors)); w.write("\u20ac"); w.flush(); t(lambda: b.getvalue())
t(lambda: w.reconfigure(newline="\r\n")); w.write("a\nb"); w.flush(); t(lambda: b.getvalue())
t(lambda: w.reconfigure(line_buffering=True)); t(lambda: w.line_buffering); t(lambda: w.reconfigure(write_through=True)); t(lambda: w.write_through)
t(lambda: w.reconfigure(newline="x")); t(lambda: w.reconfigure(5)); t(lambda: w.reconfigure(encoding=5))
r = io.TextIOWrapper(io.BytesIO(b"ab\ncd"), encoding="utf-8"); r.readline()
t(lambda: r.reconfigure(encoding="latin-1")); t(lambda: r.reconfigure(newline="")); t(lambda: r.reconfigure(line_buffering=False)); r.read(); t(lambda: r.reconfigure(encoding="ascii")); t(lambda: r.encoding)
