import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0x41, 0x300, 0x316, 0x334, 0x5b0, 0x94d, 0x1d165, 0x1d16d, 0x302a, 0x1e944):
    print(hex(cp), unicodedata.combining(chr(cp)))
show(unicodedata.combining, 'xy')
