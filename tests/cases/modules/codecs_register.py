import _codecs
seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return (lambda s, e='strict': (s.upper().encode(), len(s)),
                lambda b, e='strict': (bytes(b).decode().lower(), len(b)), None, None)
    if name == 'bad_codec':
        return 'nope'
    return None
_codecs.register(search)
info = _codecs.lookup('My Codec')
print(info[0]('abc'), info[1](b'XYZ'))
print(_codecs.lookup('my-codec') is info, _codecs.lookup('MY_CODEC') is info)
print(seen)
print(_codecs.encode('hi', 'my codec'), _codecs.decode(b'HI', 'my_codec'))
print(_codecs.encode(obj='x', encoding='my_codec', errors='strict'))
try: _codecs.lookup('bad codec')
except Exception as e: print(type(e).__name__, e)
try: _codecs.lookup('Foo  Bar.Baz-1')
except Exception as e: print(type(e).__name__, e)
print(seen[-1])
try: _codecs.register(1)
except Exception as e: print(type(e).__name__, e)
_codecs.unregister(search)
_codecs.unregister(search)
try: _codecs.lookup('my_codec_2')
except Exception as e: print(type(e).__name__, e)
try: _codecs.lookup(1)
except Exception as e: print(type(e).__name__, e)
