import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


show(unicodedata.normalize, 'NFX', 'a')
show(unicodedata.normalize, 'nfc', 'a')
show(unicodedata.normalize, 1, 'a')
show(unicodedata.normalize, 'NFC', 1)
show(unicodedata.normalize, 'NFC')
show(unicodedata.normalize, 'NFC', 'a', 'b')
show(unicodedata.normalize, 'NFX', 1)
