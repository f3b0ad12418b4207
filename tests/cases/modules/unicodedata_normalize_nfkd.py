import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ('\ufb01', '\u01c4', '\u1e9b\u0323', '\u32c0', '\u00b5', '\uac00', '\U0001d400'):
    print(ascii(s), ascii(unicodedata.normalize('NFKD', s)))
