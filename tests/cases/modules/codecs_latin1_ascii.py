import _codecs
def show(f, *a):
    try: print(ascii(f(*a)))
    except Exception as e: print(type(e).__name__, e)
show(_codecs.latin_1_encode, 'abc\xe9\xff')
show(_codecs.latin_1_encode, 'ab\u20ac\u20acc')
show(_codecs.latin_1_decode, bytes(range(250, 256)))
show(_codecs.ascii_encode, 'abc')
show(_codecs.ascii_encode, 'ab\xe9\xe8c')
show(_codecs.ascii_encode, 'ab\xe9\xe8c\xe7')
show(_codecs.ascii_decode, b'ab\x80\xffc')
for errors in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
    show(_codecs.ascii_encode, 'a\xe9\u20ac\U0001f600b', errors)
    show(_codecs.latin_1_encode, 'a\xe9\u20ac\U0001f600b', errors)
for errors in ['replace', 'ignore', 'backslashreplace', 'surrogateescape']:
    show(_codecs.ascii_decode, b'a\x80\xffb', errors)
show(_codecs.ascii_encode, 'a\udc80\udcffb', 'surrogateescape')
show(_codecs.ascii_encode, 'a\udc80\xe9b', 'surrogateescape')
show(_codecs.latin_1_encode, '\udcff\U0001f600', 'surrogateescape')
print('caf\xe9'.encode('latin-1'), b'caf\xe9'.decode('iso-8859-1'), 'x'.encode('US-ASCII'))
