import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(unicodedata.unidata_version)
print(sorted(n for n in dir(unicodedata) if not n.startswith('_') and n != 'ucd_3_2_0' or n == 'ucd_3_2_0'))
print(unicodedata.category.__name__, unicodedata.category.__module__, unicodedata.__name__)
print(unicodedata.__doc__.splitlines()[0])
