import codecs
print('x\u20ac'.encode('cp1252'), b'\x80'.decode('windows-1252'))
print('abc'.encode('UTF8'), 'abc'.encode('utf_8'), 'abc'.encode('U8'), 'abc'.encode('Latin_1'))
print(str(b'\xe9', 'latin-1'), str(b'abc', encoding='ascii'))
for enc in ['hex', 'base64', 'rot13', 'zlib']:
    try: 'x'.encode(enc)
    except LookupError as e: print(e)
    try: b'x'.decode(enc)
    except LookupError as e: print(e)
try: 'x'.encode('no-such-codec')
except LookupError as e: print(e)
try: b'x'.decode('no such codec')
except LookupError as e: print(e)
print(codecs.encode(b'abc', 'hex'), codecs.decode(b'616263', 'hex'), codecs.encode('abc', 'rot13'))
print(codecs.encode(b'hi', 'base64'))
def search(name):
    if name == 'returns_str':
        return codecs.CodecInfo(lambda s, e='strict': ('not bytes', 1), lambda b, e='strict': (b'nope', 1), name='returns_str')
codecs.register(search)
try: 'x'.encode('returns_str')
except TypeError as e: print(e)
try: b'x'.decode('returns_str')
except TypeError as e: print(e)
print('h\xe9'.encode('utf-16-le'), 'h\xe9'.encode('utf-32-be'), 'x'.encode('utf-8-sig'))
