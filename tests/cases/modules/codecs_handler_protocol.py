import codecs
def reg(name, result):
    codecs.register_error(name, lambda exc: result)
tests = [('tuple1', ('x',)), ('notuple', 'x'), ('badrep', (1, 2)), ('badpos', ('x', 'y')),
         ('neg', ('<n>', -1)), ('oob', ('x', 100)), ('bytesrep', (b'BY', 3)), ('nonascii', ('\xe9', 3))]
for name, result in tests:
    reg(name, result)
    try: print(name, 'ab\u20acd'.encode('ascii', name))
    except Exception as e: print(name, type(e).__name__, e)
    try: print(name, ascii(b'ab\xffd'.decode('ascii', name)))
    except Exception as e: print(name, type(e).__name__, e)
def skip_back(exc):
    return ('?', exc.start + 1)
codecs.register_error('skip', skip_back)
print('a\u20ac\u20acb'.encode('latin-1', 'skip'))
