import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for c in '07\u00b2\u00b9\u2460\u2468\u2780\U0001f101\u1369':
    print(repr(c), unicodedata.digit(c))
for c in ('a', '\u00bd', '\u2469'):
    show(unicodedata.digit, c)
    print(unicodedata.digit(c, None))
