import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for c in 'Aa1 !\u00e9\u0301\u2028\u2029\t\x7f\u00ad\u20ac\u0660':
    print(hex(ord(c)), unicodedata.category(c))
