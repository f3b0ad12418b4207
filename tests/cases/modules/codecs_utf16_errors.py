import _codecs
def show(f, *a):
    try: print(ascii(f(*a)))
    except Exception as e: print(type(e).__name__, e)
for data in [b'\x00\xd8', b'\x00\xd8a', b'\x00\xd8\x00a', b'\x00\xdca\x00', b'a']:
    for final in (False, True):
        show(_codecs.utf_16_le_decode, data, 'strict', final)
    show(_codecs.utf_16_le_decode, data, 'replace', True)
    show(_codecs.utf_16_le_decode, data, 'backslashreplace', True)
show(_codecs.utf_16_encode, 'a\udc80b')
show(_codecs.utf_16_le_encode, 'a\udc80b', 'replace')
show(_codecs.utf_16_le_encode, 'a\udc80b', 'surrogatepass')
show(_codecs.utf_16_be_encode, 'a\udc80b', 'surrogatepass')
show(_codecs.utf_16_le_encode, 'a\udc80b', 'xmlcharrefreplace')
show(_codecs.utf_16_le_decode, b'\x80\xdc', 'surrogatepass')
show(_codecs.utf_16_be_decode, b'\xdc\x80', 'surrogatepass')
