import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0x378, 0x1e030, 0x2a6e0, 0x10fffd):
    s = chr(cp) + '\u0301'
    print(hex(cp), [hex(ord(c)) for c in unicodedata.normalize('NFKC', s)])
