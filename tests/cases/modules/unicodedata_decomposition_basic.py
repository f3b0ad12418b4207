import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0xc5, 0xbd, 0xfb01, 0x1e9b, 0x212b, 0xf900, 0x2f868, 0x1d15e, 0x41, 0xac00, 0x3392, 0xff21, 0x2460):
    print(hex(cp), repr(unicodedata.decomposition(chr(cp))))
