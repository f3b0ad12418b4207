import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0xac00, 0xac01, 0xd7a3, 0xb098, 0x4e00, 0x9fff, 0x3400, 0x20000, 0x3134a, 0xf900, 0x2f800, 0x18b00, 0x1b170):
    print(hex(cp), unicodedata.name(chr(cp)))
