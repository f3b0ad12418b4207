def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
r = io.BufferedReader(io.BytesIO(b"abcdefghij"), 3)
b = bytearray(4)
t(lambda: r.readinto(b)); t(lambda: b); t(lambda: r.readinto1(b)); t(lambda: b); t(lambda: r.readinto(bytearray(10))); t(lambda: r.readinto(b))
t(lambda: r.readinto(b"xx"))
r = io.BufferedReader(io.BytesIO(b"0123456789"), 4)
t(lambda: r.seek(2)); t(lambda: r.read(1)); t(lambda: r.seek(1, 1)); t(lambda: r.read(1)); t(lambda: r.seek(-2, 2)); t(lambda: r.read())
t(lambda: r.seek(0, 3)); t(lambda: r.seek(1.5)); t(lambda: r.tell())
