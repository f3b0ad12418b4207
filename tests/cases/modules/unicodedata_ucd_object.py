import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


u = unicodedata.ucd_3_2_0
print(type(u).__name__, type(u).__module__, u.unidata_version, unicodedata.unidata_version)
print(isinstance(u, unicodedata.UCD), unicodedata.UCD.__name__)
show(unicodedata.UCD)
print(sorted(n for n in dir(unicodedata.UCD) if not n.startswith('_')))
