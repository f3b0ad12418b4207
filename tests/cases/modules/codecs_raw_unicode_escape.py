import _codecs
def show(f, *a):
    try: print(ascii(f(*a)))
    except Exception as e: print(type(e).__name__, e)
show(_codecs.raw_unicode_escape_encode, 'a\\\n\xe9\u1234\U0001f600')
show(_codecs.raw_unicode_escape_decode, b'ab\\\\u0041\\u0041\\x\\U0001f600\xe9')
show(_codecs.raw_unicode_escape_decode, b'ab\\u12')
show(_codecs.raw_unicode_escape_decode, b'ab\\u12', 'strict', False)
show(_codecs.raw_unicode_escape_decode, b'ab\\', 'strict', False)
show(_codecs.raw_unicode_escape_decode, b'ab\\')
show(_codecs.raw_unicode_escape_decode, b'ab\\U00110000')
show(_codecs.raw_unicode_escape_decode, b'ab\\u12', 'replace')
show(_codecs.raw_unicode_escape_decode, b'\\\\\\u0041')
print(ascii('\u20ac\xe9'.encode('raw_unicode_escape')), ascii(b'\\u20ac\xe9'.decode('raw-unicode-escape')))
