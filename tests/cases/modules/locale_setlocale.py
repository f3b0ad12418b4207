import _locale
L = _locale
print(L.setlocale(L.LC_ALL, 'C'))
print(L.setlocale(L.LC_ALL))
for cat in ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_ALL']:
    print(cat, getattr(L, cat), L.setlocale(getattr(L, cat)))
print(L.setlocale(L.LC_NUMERIC, 'POSIX'), L.setlocale(L.LC_NUMERIC, None), L.setlocale(L.LC_TIME, 'C.UTF-8'), L.setlocale(L.LC_ALL))
for bad in ['xx_YY', 'en_US.NOPE', 'klingon']:
    try: L.setlocale(L.LC_ALL, bad)
    except L.Error as e: print(type(e).__module__, type(e).__name__, e)
try: L.setlocale(99)
except L.Error as e: print(e)
try: L.setlocale(99, 'C')
except L.Error as e: print(e)
try: L.setlocale('x')
except TypeError as e: print(e)
try: L.setlocale(L.LC_ALL, 5)
except TypeError as e: print(e)
print(issubclass(L.Error, Exception), L.CHAR_MAX)
