import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for f in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    print(f, repr(unicodedata.normalize(f, '')), unicodedata.is_normalized(f, ''))
