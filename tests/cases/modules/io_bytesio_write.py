def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO()
t(lambda: b.write(b"abc")); t(lambda: b.write(bytearray(b"de"))); t(lambda: b.write(memoryview(b"f")))
t(lambda: b.getvalue()); t(lambda: b.seek(1)); t(lambda: b.write(b"XY")); t(lambda: b.getvalue()); t(lambda: b.tell())
t(lambda: b.seek(10)); t(lambda: b.write(b"!")); t(lambda: b.getvalue()); t(lambda: b.write(b""))
b.writelines([b"1", b"23"]); t(lambda: b.getvalue())
t(lambda: b.write("str")); t(lambda: b.write(5)); t(lambda: b.writelines([b"a", "b"]))
