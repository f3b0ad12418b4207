import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for c in 'A a\u00e9\u20ac\u2028\U0001f600\U0001d11e\ufeff\ufb01':
    print(repr(c), unicodedata.name(c))
