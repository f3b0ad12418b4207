import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0x1d15e, 0x1d160, 0x2f800, 0x2fa1d, 0x1d7ce, 0x1f100, 0x110ab):
    for f in ('NFC', 'NFKD'):
        print(hex(cp), f, [hex(ord(c)) for c in unicodedata.normalize(f, chr(cp))])
