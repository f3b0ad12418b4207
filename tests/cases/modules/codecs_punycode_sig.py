import codecs
for s in ['b\xfccher', 'm\xfcnchen', 'abc', '\u4e2d\u6587']:
    p = s.encode('punycode')
    print(ascii(s), p, ascii(p.decode('punycode')))
print('x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'), b'x'.decode('utf-8-sig'))
print('x'.encode('utf-16'), b'\xfe\xff\x00x'.decode('utf-16'), 'x'.encode('utf-32'))
d = codecs.getincrementaldecoder('utf-8-sig')()
print(ascii(d.decode(b'\xef')), ascii(d.decode(b'\xbb\xbfa')), ascii(d.decode(b'b', True)))
print(codecs.lookup('utf_8_sig').name, codecs.lookup('U16').name, codecs.lookup('UTF-32LE').name)
