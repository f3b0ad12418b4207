import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for f in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
    show(f)
    show(f, 1)
    show(f, 'ab')
    show(f, 'a', 1, 2)
    try:
        f('a', default=1)
    except TypeError as e:
        print(e)
