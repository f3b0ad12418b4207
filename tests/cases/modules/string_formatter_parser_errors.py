import _string
for f in ['{!}', '{!r', '{a!rx}', '{', '}', 'a}', '{a', '{a:', '{a{', 'ok{0}then}', '{0!', '{0:{1}', 'a{0!r:x']:
    try: print(repr(f), list(_string.formatter_parser(f)))
    except Exception as e: print(repr(f), type(e).__name__, e)
it = _string.formatter_parser('good{0}bad}')
print(next(it))
try: next(it)
except ValueError as e: print('later:', e)
try: _string.formatter_parser(1)
except TypeError as e: print(e)
