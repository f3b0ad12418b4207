import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for cp in (0x378, 0x5ff, 0x7bf, 0x1e800 - 1, 0x10fffd, 0x1f600):
    print(hex(cp), repr(unicodedata.bidirectional(chr(cp))))
