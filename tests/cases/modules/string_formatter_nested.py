import string, _string
f = string.Formatter()
print(f.format('{0:{1}{2}}', 'x', '>', 5))
print(f.format('{:{}}|{:{}}', 'a', 3, 'b', 4))
print(f.format('{x:{fill}^{width}}', x='mid', fill='*', width=9))
try: f.format('{0:{1:{2}}}', 1, 2, 3)
except ValueError as e: print(e)
print(list(_string.formatter_parser('{0:{1:{2}}}')))
print(f.vformat('{a}{0}', ('zero',), {'a': 'A'}))
class Checker(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
Checker().format('{0}{x}', 1, 2, x=3, y=4)
print(f.convert_field('x', 'r'), f.convert_field('\xe9', 'a'), f.convert_field(1, 's'))
try: f.convert_field(1, 'z')
except ValueError as e: print(e)
