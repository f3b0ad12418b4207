import codecs
for enc in ['hex', 'base64', 'quopri', 'uu', 'zlib']:
    try:
        b = codecs.encode(b'hello world\n', enc)
        print(enc, b if enc not in ('zlib', 'bz2') else len(b) > 0, codecs.decode(b, enc))
    except Exception as e: print(enc, type(e).__name__, e)
print(codecs.encode('Hello', 'rot_13'), codecs.decode('Uryyb', 'rot13'))
try: codecs.decode(b'abc', 'hex')
except Exception as e: print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
try: b'x'.decode('cp1252', 'nope')
except Exception as e: print(type(e).__name__, e)
class Plain(Exception): pass
class WithInit(Exception):
    def __init__(self, *a): super().__init__(*a)
def failing(exc):
    def search(name):
        if name == 'fail_' + exc.__name__.lower():
            def enc(s, errors='strict'): raise exc('boom')
            return codecs.CodecInfo(enc, enc, name=name)
    return search
for exc in [ValueError, Plain, WithInit, OSError, TypeError]:
    codecs.register(failing(exc))
    try: codecs.encode('x', 'fail_' + exc.__name__.lower())
    except Exception as e: print(type(e).__name__, e, e.__cause__ is not None)
    try: 'x'.encode('fail_' + exc.__name__.lower())
    except Exception as e: print(type(e).__name__, e)
print(codecs.lookup('hex')._is_text_encoding, codecs.lookup('utf-8')._is_text_encoding)
print(codecs.lookup('base64').name, codecs.lookup('base_64').name)
