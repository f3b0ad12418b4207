import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ('abc', '\u00c5', 'A\u030a', '\ufb01', '\u212b', '\uac00', '\u1100\u1161'):
    print(ascii(s), [unicodedata.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
show(unicodedata.is_normalized, 'NFQ', 'a')
show(unicodedata.is_normalized, 'NFC', b'a')
