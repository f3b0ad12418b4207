import _locale
_locale.setlocale(_locale.LC_ALL, 'C')
for a, b in [('a', 'b'), ('b', 'a'), ('a', 'a'), ('', 'a'), ('B', 'a'), ('\xe9', 'z'), ('abc', 'ab')]:
    print(repr(a), repr(b), _locale.strcoll(a, b))
print(repr(_locale.strxfrm('abc')), repr(_locale.strxfrm('')))
print(sorted(['b', 'A', 'a', 'B'], key=_locale.strxfrm))
for bad in [(1, 'a'), ('a', None)]:
    try: _locale.strcoll(*bad)
    except TypeError as e: print(e)
try: _locale.strxfrm(1)
except TypeError as e: print(e)
