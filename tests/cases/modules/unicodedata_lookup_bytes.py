import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(ascii(unicodedata.lookup(b'DIGIT ONE')), ascii(unicodedata.lookup(b'snowman')))
show(unicodedata.lookup, b'NOPE')
