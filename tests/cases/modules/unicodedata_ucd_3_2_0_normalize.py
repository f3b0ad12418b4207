import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


u = unicodedata.ucd_3_2_0
for cp in (0x2f868, 0x2f874, 0x2f91f, 0xf951, 0xc5):
    c = chr(cp)
    print(hex(cp), ascii(u.normalize('NFC', c)), ascii(unicodedata.normalize('NFC', c)), u.decomposition(c))
print(ascii(u.normalize('NFKC', '\u1e9b\u0323')))
