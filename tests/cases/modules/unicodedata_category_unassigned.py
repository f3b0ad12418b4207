import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0x378, 0x2a6e0, 0xe0080, 0x10ffff, 0xfffe, 0x30000):
    print(hex(cp), unicodedata.category(chr(cp)))
