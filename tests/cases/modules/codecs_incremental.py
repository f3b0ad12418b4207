import codecs
data = 'h\xe9llo \u20ac \U0001f600!'.encode('utf-8')
dec = codecs.getincrementaldecoder('utf-8')()
out = [dec.decode(data[i:i+1]) for i in range(len(data))]
print(ascii(out), ascii(dec.decode(b'', final=True)))
dec = codecs.getincrementaldecoder('utf-8')('replace')
print(ascii(dec.decode(b'a\xe2\x82')), ascii(dec.decode(b'', final=True)))
for enc in ['utf-16', 'utf-32', 'utf-7', 'utf-8-sig']:
    b = 'ab\u20ac\U0001f600'.encode(enc)
    d = codecs.getincrementaldecoder(enc)()
    print(enc, ascii(''.join(d.decode(b[i:i+1]) for i in range(len(b))) + d.decode(b'', True)))
e = codecs.getincrementalencoder('utf-16')()
print(e.encode('a'), e.encode('b'), e.encode('', True))
print(list(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')))
print(b''.join(codecs.iterencode(['a', '\xe9'], 'latin-1')))
