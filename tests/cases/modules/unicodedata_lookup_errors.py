import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for arg in ('NO SUCH THING', '', ' SPACE', 'SPACE ', '\xe9', 'LATIN SMALL LETTER A\x00B', 'x' * 256, 'x' * 257, 1, None, bytearray(b'A')):
    show(unicodedata.lookup, arg)
show(unicodedata.lookup)
try:
    unicodedata.lookup(name='A')
except TypeError as e:
    print(e)
