import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0x1f600, 0x10400, 0x1d400, 0x20000, 0x1e900, 0xf0000, 0xe0001):
    print(hex(cp), unicodedata.category(chr(cp)))
