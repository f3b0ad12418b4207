import string
f = string.Formatter()
print(f.format('{0}-{x!r:>5}|{1:^7}', 1, 'mid', x='y'))
print(f.format('{a.real} {b[1]} {c[k]}', a=3, b=[1, 2], c={'k': 'v'}))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=3))
print(f.format('{} {} {}', 1, 2, 3))
print(list(f.parse('x{0!s:>4}y')))
print(f.get_field('a.b', (), {'a': type('T', (), {'b': 42})}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper() if spec == 'u' else super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return '<%s>' % key
        return super().get_value(key, args, kwargs)
print(Upper().format('{0:u} {missing} {x:u}', 'abc', x='def'))
for bad in ['{0', '}', '{0!x}', '{} {0}', '{0} {}', '{1}', '{a}']:
    try: print(f.format(bad, 'only'))
    except Exception as e: print(repr(bad), type(e).__name__, e)
print(string.Template('$who likes ${what}!').substitute(who='tim', what='kung pao'))
print(string.capwords('hello   world  '), string.ascii_letters[:5], string.digits)
