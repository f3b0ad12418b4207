import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xf8ff):
    print(hex(cp), unicodedata.category(chr(cp)))
