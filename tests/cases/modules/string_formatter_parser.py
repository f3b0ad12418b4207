import _string
for f in ['', 'ab', '{}', '{0}', '{a:{b}}x', 'a{{b}}c{0[x]!s:>{w}}', '{0!r:}', '{!r}', '{a.b[c]}', '{:>10}',
          'x{0}y{1}z', '{{}}', '}}{{', 'a{0:{{}}}', '{0[}]}', '{\xe9!a}', '\U0001f600{x}\U0001f600']:
    print(repr(f), list(_string.formatter_parser(f)))
it = _string.formatter_parser('a{b}c')
print(type(it).__name__, next(it), next(it))
try: next(it)
except StopIteration: print('done')
print(iter(it) is it)
