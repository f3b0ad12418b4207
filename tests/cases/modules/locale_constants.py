import _locale, locale
names = sorted(n for n in dir(_locale) if n.isupper() or n.startswith('_DATE'))
print(names)
print([type(getattr(_locale, n)).__name__ for n in names[:3]])
funcs = sorted(n for n in dir(_locale) if not n.startswith('_') and callable(getattr(_locale, n)) and not n[0].isupper())
print(funcs)
print(_locale.getencoding(), locale.getencoding())
print(locale.LC_ALL == _locale.LC_ALL, locale.CHAR_MAX, locale.Error.__name__, locale.Error.__module__)
print(_locale.__name__, type(_locale.setlocale).__name__)
