import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


import re
print(re.findall(r'\N{GREEK SMALL LETTER ALPHA}+', 'x\u03b1\u03b1y'))
try:
    re.compile(r'\N{NO SUCH NAME}')
except re.error as e:
    print(e)
