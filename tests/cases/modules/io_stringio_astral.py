def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
s = io.StringIO("\U0001F600ab\u00e9")
t(lambda: s.read(1)); t(lambda: s.tell()); t(lambda: s.read(2)); t(lambda: s.tell()); t(lambda: s.read())
s.seek(6); t(lambda: s.write("z")); t(lambda: s.getvalue()); t(lambda: s.tell())
s.seek(1); s.write("\U0001F601\U0001F602"); t(lambda: s.getvalue()); t(lambda: len(s.getvalue()))
t(lambda: s.truncate(2)); t(lambda: s.getvalue()); t(lambda: io.StringIO().write("\U0001F600x"))
s = io.StringIO("\U0001F600\n\U0001F600\U0001F600\n"); t(lambda: s.readline(1)); t(lambda: s.readline()); t(lambda: s.readline(1))
