class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return 'P:' + spec
d = {'key': 'value', 'n': {'deep': 42}, 1: 'int key'}
print('{0.x} {0.y[1]} {1[key]} {1[n][deep]}'.format(P(), d))
print('{[1]}'.format({1: 'one', '1': 'str one'}), '{0[1]}'.format(d))
print('{p:>{w}}|{p!s:^{w}}|'.format(p='ab', w=6), '{:{}{}}'.format('x', '^', 5))
print('{0!r:>10}'.format('q'), '{!a}'.format('π'), '{0:}'.format(P()), '{:abc}'.format(P()))
try:
    '{0.missing}'.format(P())
except AttributeError as e:
    print(type(e).__name__, e)
try:
    '{0[5]}'.format([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{:{}}'.format(1, 'x')
except ValueError as e:
    print(type(e).__name__, e)
print('{0}{1}{0}'.format('ab', 'cd'), '{}-{}'.format(*'xy'), '{a}{b}'.format(**{'a': 1, 'b': 2}))
