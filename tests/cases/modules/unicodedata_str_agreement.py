import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


import sys
bad = 0
for cp in list(range(0, 0x800)) + list(range(0x1f300, 0x1f400)):
    c = chr(cp)
    if c.isdecimal() != (unicodedata.decimal(c, None) is not None):
        bad += 1
print('isdecimal mismatches', bad)
