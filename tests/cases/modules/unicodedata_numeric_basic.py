import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for c in '7\u00bd\u2153\u215f\u216c\u0f33\u2180\u4e07\u5146\U00016b61\U0001ecb4\u3405\uf96b':
    print(repr(c), unicodedata.numeric(c))
show(unicodedata.numeric, 'x')
print(unicodedata.numeric('x', -1))
