def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
s = io.StringIO()
t(lambda: s.write("abc")); t(lambda: s.write("")); t(lambda: s.seek(1)); t(lambda: s.write("X")); t(lambda: s.getvalue()); t(lambda: s.tell())
t(lambda: s.seek(6)); t(lambda: s.write("z")); t(lambda: s.getvalue()); s.writelines(["1", "2"]); t(lambda: s.getvalue())
t(lambda: s.write(5)); t(lambda: s.write(b"x")); t(lambda: s.writelines(["a", 1]))
t(lambda: s.truncate(2)); t(lambda: s.getvalue()); t(lambda: s.tell()); t(lambda: s.truncate()); t(lambda: s.getvalue()); t(lambda: s.truncate(-1))
