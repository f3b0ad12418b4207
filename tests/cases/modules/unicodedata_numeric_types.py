import unicodedata


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


print(type(unicodedata.numeric('1')).__name__, type(unicodedata.decimal('1')).__name__, type(unicodedata.digit('1')).__name__)
print(type(unicodedata.combining('a')).__name__, type(unicodedata.mirrored('(')).__name__)
