import _locale
_locale.setlocale(_locale.LC_ALL, 'C')
names = ['CODESET', 'D_T_FMT', 'D_FMT', 'T_FMT', 'T_FMT_AMPM', 'AM_STR', 'PM_STR', 'RADIXCHAR', 'THOUSEP',
         'YESEXPR', 'NOEXPR', 'CRNCYSTR', 'ERA', 'ERA_D_FMT', 'ALT_DIGITS', 'ERA_D_T_FMT', 'ERA_T_FMT']
names += ['DAY_%d' % i for i in range(1, 8)] + ['ABDAY_%d' % i for i in range(1, 8)]
names += ['MON_%d' % i for i in range(1, 13)] + ['ABMON_%d' % i for i in range(1, 13)]
for n in names:
    if n == 'CODESET': continue
    print(n, getattr(_locale, n), repr(_locale.nl_langinfo(getattr(_locale, n))))
try: _locale.nl_langinfo(12345)
except ValueError as e: print(e)
try: _locale.nl_langinfo('x')
except TypeError as e: print(e)
