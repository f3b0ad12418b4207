import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for c in 'A\u05d0\u0627 1+,\u0660\u200e\u202a\u2066\u0300\x00\n':
    print(hex(ord(c)), repr(unicodedata.bidirectional(c)))
