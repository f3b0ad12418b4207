import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ('A\u030a', '\u00c5', '\u212b', 'e\u0301\u0327', '\u1100\u1161\u11a8', 'a\u0328\u0301', '\u0958', 'caf\u00e9'):
    print(ascii(s), ascii(unicodedata.normalize('NFC', s)))
