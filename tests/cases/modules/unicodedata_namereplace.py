import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print('a\u00e9\u20ac\U0001f600\x00'.encode('ascii', 'namereplace'))
