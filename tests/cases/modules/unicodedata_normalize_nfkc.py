import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ('\ufb01', '\u2460', '\u00bd', '\uff21\uff22', '\u1e9b\u0323', '\u3392', '\u00a0x', '\u2126'):
    print(ascii(s), ascii(unicodedata.normalize('NFKC', s)))
