import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


s = 'a\u0301\u0316\u0300\u0323'
for f in ('NFC', 'NFD'):
    print(f, [hex(ord(c)) for c in unicodedata.normalize(f, s)])
print([hex(ord(c)) for c in unicodedata.normalize('NFC', '\u0041\u0301\u0301')])
