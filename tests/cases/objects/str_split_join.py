s = "  a b  c\td\n e  "
print(s.split(), s.split(' '), s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c".split(','), "a,b,,c".split(',', 1), "a,b,,c".rsplit(',', 1), "".split(','), "".split())
print("a::b::c".split('::'), "abc".split('abc'), "x".rsplit('x'))
try:
    "abc".split('')
except ValueError as e:
    print(type(e).__name__, e)
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '-'.join(map(str, range(4))))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    '-'.join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a.b.c".split(sep='.', maxsplit=-1))
