import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for c in '()<>[]{}\u00ab\u2208\u2211a1\U0001d6db':
    print(repr(c), unicodedata.mirrored(c))
show(unicodedata.mirrored, 5)
