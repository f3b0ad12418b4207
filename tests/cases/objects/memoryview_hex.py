def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"\xb9\x01\xef\x00\x10")
print(m.hex())
print(m.hex(":"), m.hex(":", 2), m.hex(":", -2), m.hex(b"-", 3), m.hex("_", 5), m.hex("_", 9))
print(m.hex(sep=" ", bytes_per_sep=1), m.hex(" ", 0))
print(m[::-2].hex(), m[::2].hex("."))
print(m.cast("B", (5, 1)).hex())
print(memoryview(b"").hex(":"))
t(lambda: m.hex("::"))
t(lambda: m.hex(""))
t(lambda: m.hex("é"))
t(lambda: m.hex(1))
t(lambda: m.hex(b"\xff"))
t(lambda: m.hex(":", "2"))
t(lambda: m.hex(":", 2, 3))
t(lambda: m.hex(sp=":"))
print(b"\x01\x02\x03".hex(":", -2), bytearray(b"\x01\x02\x03").hex("-", 2))
