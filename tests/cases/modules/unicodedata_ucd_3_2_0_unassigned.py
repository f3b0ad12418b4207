import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


u = unicodedata.ucd_3_2_0
for cp in (0x41, 0x1f600, 0x20ac, 0x221e, 0x0221, 0x9fa6, 0x4dc0):
    c = chr(cp)
    print(hex(cp), u.category(c), repr(u.bidirectional(c)), u.east_asian_width(c), u.name(c, None), u.mirrored(c), u.combining(c))
