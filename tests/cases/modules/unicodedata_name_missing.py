import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0x0, 0x1f, 0x7f, 0x9f, 0x378, 0xd800, 0xe000, 0x17000, 0x18d00, 0xf0000, 0x2a6e0):
    show(unicodedata.name, chr(cp))
    print(unicodedata.name(chr(cp), 'none'))
