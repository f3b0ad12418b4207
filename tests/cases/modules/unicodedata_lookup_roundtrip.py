import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


import sys
n = 0
for cp in range(0, 0x3000):
    name = unicodedata.name(chr(cp), None)
    if name is not None:
        assert unicodedata.lookup(name) == chr(cp), name
        n += 1
print(n)
