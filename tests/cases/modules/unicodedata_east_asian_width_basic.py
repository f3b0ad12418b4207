import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0x41, 0x3000, 0xff21, 0xff61, 0xa1, 0x20a9, 0x4e00, 0xac00, 0x1f600, 0x378, 0x2a6e0, 0x3fffd, 0xe000, 0x0):
    print(hex(cp), unicodedata.east_asian_width(chr(cp)))
