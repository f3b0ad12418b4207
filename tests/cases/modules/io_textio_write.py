def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding="utf-8")
t(lambda: w.write("h\u00e9llo\n")); t(lambda: b.getvalue()); w.flush(); t(lambda: b.getvalue()); t(lambda: w.write("\U0001F600"))
t(lambda: w.tell()); t(lambda: b.getvalue()); t(lambda: w.write(b"x")); t(lambda: w.write(5)); t(lambda: w.read())
w.writelines(["a", "b"]); w.flush(); t(lambda: b.getvalue())
w2 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True); w2.write("abc"); t(lambda: w2.buffer.getvalue())
w3 = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True); w3.write("abc"); t(lambda: w3.buffer.getvalue()); w3.write("d\ne"); t(lambda: w3.buffer.getvalue())
