import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ('\u00c5', '\u1e69', '\uac01', '\u01c4', '\u0344', 'q\u0307\u0323', '\U0001d15e', 'plain'):
    print(ascii(s), ascii(unicodedata.normalize('NFD', s)))
