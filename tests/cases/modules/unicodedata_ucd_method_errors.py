import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


u = unicodedata.ucd_3_2_0
show(u.category)
show(u.category, 1)
show(u.name)
show(u.lookup)
show(u.normalize, 'NFC')
try:
    u.category(chr='a')
except TypeError as e:
    print(e)
