s = "one two one two"
print(s.replace('one', '1'), s.replace('one', '1', 1), s.replace('', '-'), s.replace('x', 'y'), "aaa".replace('a', 'b', 0))
print("abc".replace('', '.', 2))
print(s.startswith('one'), s.startswith('two', 4), s.startswith(('x', 'one')), s.endswith('two'), s.endswith(('one', 'x')))
print(s.startswith('two', 4, 6), s.endswith('one', 0, 3), "".startswith(''), "abc".endswith(''))
try:
    s.startswith(['one'])
except TypeError as e:
    print(type(e).__name__, e)
