def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
r = io.BufferedReader(io.BytesIO(b"ab"))
t(lambda: repr(r)[:22]); r.close(); r.close()
for name in ["read", "read1", "peek", "readline", "tell", "truncate", "flush", "readable", "seekable", "fileno", "isatty"]:
    print(name, end=": "); t(lambda: getattr(r, name)())
t(lambda: r.readinto(bytearray(2))); t(lambda: r.seek(0)); t(lambda: r.closed); t(lambda: next(r))
t(lambda: io.BufferedReader(io.BytesIO(), 0)); t(lambda: io.BufferedReader(io.BytesIO(), -1)); t(lambda: io.BufferedReader(5))
