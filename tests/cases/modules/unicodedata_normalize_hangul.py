import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


s = ''.join(chr(c) for c in range(0xac00, 0xac00 + 60, 7))
d = unicodedata.normalize('NFD', s)
print(len(s), len(d), unicodedata.normalize('NFC', d) == s)
print(ascii(unicodedata.normalize('NFC', '\u1100\u1161\u11a7')))
print(ascii(unicodedata.normalize('NFC', '\uac00\u11a8')))
