import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for n in ('LATIN SMALL LETTER A', 'latin small letter a', 'Euro Sign', 'GRINNING FACE', 'MUSICAL SYMBOL G CLEF', 'SPACE'):
    print(n, ascii(unicodedata.lookup(n)))
