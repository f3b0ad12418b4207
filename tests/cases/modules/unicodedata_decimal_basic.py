import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for c in '0159\u0660\u06f9\u0966\uff10\U0001d7ce\U000104a0':
    print(repr(c), unicodedata.decimal(c))
for c in ('a', '\u00b2', '\u2460', '\u00bd'):
    show(unicodedata.decimal, c)
    print(unicodedata.decimal(c, 'dflt'))
