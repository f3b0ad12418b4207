import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


show(unicodedata.name)
show(unicodedata.name, 'a', 'b', 'c')
show(unicodedata.name, 65)
show(unicodedata.name, 'AB')
show(unicodedata.name, '')
