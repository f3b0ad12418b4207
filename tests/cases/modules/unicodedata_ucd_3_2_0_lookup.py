import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


u = unicodedata.ucd_3_2_0
for n in ('LATIN CAPITAL LETTER A', 'GRINNING FACE', 'KEYCAP NUMBER SIGN', 'LATIN CAPITAL LETTER GHA', 'NUL', 'HANGUL SYLLABLE GA', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-2A700'):
    show(lambda: ascii(u.lookup(n)))
