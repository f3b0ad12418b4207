def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
import io
b = io.BytesIO(b"abcdefg")
ba = bytearray(3)
t(lambda: b.readinto(ba)); t(lambda: ba); t(lambda: b.readinto(memoryview(ba))); t(lambda: ba)
big = bytearray(10); t(lambda: b.readinto(big)); t(lambda: big); t(lambda: b.readinto(bytearray(4)))
t(lambda: b.readinto(b"xx")); t(lambda: b.readinto("xx"))
