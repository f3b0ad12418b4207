import _locale
_locale.setlocale(_locale.LC_ALL, 'C')
conv = _locale.localeconv()
for k in sorted(conv):
    print(k, repr(conv[k]))
print(len(conv), type(conv).__name__)
try: _locale.localeconv(1)
except TypeError as e: print(e)
