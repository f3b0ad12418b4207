import _codecs
for name in ['strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    h = _codecs.lookup_error(name)
    print(name, h.__name__, h is _codecs.lookup_error(name))
try: _codecs.lookup_error('nope')
except LookupError as e: print(e)
try: _codecs.lookup_error(1)
except TypeError as e: print(e)
def handler(exc):
    print('called', type(exc).__name__, exc.start, exc.end, exc.reason)
    return ('<%d:%d>' % (exc.start, exc.end), exc.end)
_codecs.register_error('angle', handler)
print(_codecs.lookup_error('angle') is handler)
print('a\xe9\xe8b\xe7'.encode('ascii', 'angle'))
print('a\u20ac\xe8b\u20ac'.encode('latin-1', 'angle'))
def dec_handler(exc):
    return ('[%d-%d]' % (exc.start, exc.end), exc.end)
_codecs.register_error('dec', dec_handler)
print(b'a\xffb\xe2\x82'.decode('utf-8', 'dec'), b'a\x80\x81'.decode('ascii', 'dec'))
print(b'\x00\xd8a\x00'.decode('utf-16-le', 'dec'))
try: _codecs.register_error('x', 1)
except TypeError as e: print(e)
