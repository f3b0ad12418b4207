import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for n in ('HANGUL SYLLABLE GA', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE A', 'hangul syllable ga', 'HANGUL SYLLABLE GAX', 'HANGUL SYLLABLE ', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-2A6E0', 'CJK UNIFIED IDEOGRAPH-20000', 'CJK UNIFIED IDEOGRAPH-4E0', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'TANGUT IDEOGRAPH-17000'):
    show(lambda: ascii(unicodedata.lookup(n)))
