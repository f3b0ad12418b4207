import _sre
for c in [0x41, 0x61, 0x31, 0xdf, 0x130, 0x131, 0x17f, 0x1c5, 0x212a, 0xfb05, 0x10400, 0x10428, 0x2c, 0x3a3]:
    print(hex(c), _sre.unicode_iscased(c), hex(_sre.unicode_tolower(c)),
          _sre.ascii_iscased(c), hex(_sre.ascii_tolower(c)))
for f in (_sre.unicode_iscased, _sre.ascii_tolower):
    try:
        f("a")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f(2**40)
    except OverflowError as e:
        print(type(e).__name__, e)
print(_sre.MAXREPEAT, _sre.MAXGROUPS, _sre.CODESIZE, _sre.MAGIC)
