import _string
for f in ['a.b[0][x].c', '0.x', '', '0', '12', 'a', 'a[0]', 'a[-1]', 'a[ 1]', 'a.b.c', 'x[a.b]', '0[0][1]']:
    first, rest = _string.formatter_field_name_split(f)
    print(repr(f), repr(first), list(rest))
for f in ['a[', 'a]b', 'a.', 'a[]', 'a..b', 'a[0]x', '99999999999999999999999', 'a[999999999999999999999]']:
    try:
        first, rest = _string.formatter_field_name_split(f)
        print(repr(f), repr(first), list(rest))
    except Exception as e: print(repr(f), type(e).__name__, e)
first, rest = _string.formatter_field_name_split('a.b')
print(type(rest).__name__, iter(rest) is rest)
try: _string.formatter_field_name_split(None)
except TypeError as e: print(e)
