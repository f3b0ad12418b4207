import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for n in ('KEYCAP NUMBER SIGN', 'keycap digit one', 'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'TAMIL SYLLABLE KSSA'):
    s = unicodedata.lookup(n)
    print(n, len(s), ascii(s))
