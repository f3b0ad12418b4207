import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for arg in (1, 'ab', '', b'a', None, 1.5):
    show(unicodedata.category, arg)
show(unicodedata.category)
show(unicodedata.category, 'a', 'b')
try:
    unicodedata.category(chr='a')
except TypeError as e:
    print(e)
