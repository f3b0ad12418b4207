import _codecs
def show(f, *a):
    try: print(ascii(f(*a)))
    except Exception as e: print(type(e).__name__, e)
table = 'abc\ufffe' + 'x' * 10
show(_codecs.charmap_decode, b'\x00\x01\x02', 'strict', table)
show(_codecs.charmap_decode, b'\x00\x03\x20', 'strict', table)
show(_codecs.charmap_decode, b'\x00\x03\x20', 'replace', table)
m = {0: 'A', 1: None, 2: 0x263a, 3: 'xyz', 4: 0xfffe}
show(_codecs.charmap_decode, b'\x00\x02\x03', 'strict', m)
show(_codecs.charmap_decode, b'\x00\x01', 'strict', m)
show(_codecs.charmap_decode, b'\x04\x05', 'backslashreplace', m)
show(_codecs.charmap_decode, b'\x00', 'strict', {0: 0x110000})
show(_codecs.charmap_decode, b'\x00', 'strict', {0: 1.5})
show(_codecs.charmap_decode, b'ab\xff')
show(_codecs.charmap_decode, b'ab\xff', None, None)
em = {ord('a'): 1, ord('b'): b'BB', ord('?'): ord('?'), ord('c'): None}
show(_codecs.charmap_encode, 'ab', 'strict', em)
show(_codecs.charmap_encode, 'abcd', 'strict', em)
show(_codecs.charmap_encode, 'abcd', 'replace', em)
show(_codecs.charmap_encode, 'abcd', 'ignore', em)
show(_codecs.charmap_encode, 'abcd', 'xmlcharrefreplace', em)
show(_codecs.charmap_encode, 'a', 'strict', {97: 300})
show(_codecs.charmap_encode, 'a', 'strict', {97: 'x'})
show(_codecs.charmap_encode, 'a\xe9', 'strict', None)
m2 = _codecs.charmap_build('\x00ab\u20ac')
print(type(m2).__name__, type(_codecs.charmap_build('abc')).__name__, _codecs.charmap_build('abc'))
show(_codecs.charmap_encode, 'ba\u20ac', 'strict', _codecs.charmap_build('\x00ab\u20ac'))
