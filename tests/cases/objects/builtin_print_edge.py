import sys
print('a', 'b', sep='\n')
print('no newline', end='')
print(' same line')
print(1, 2, 3, sep='')
print('tab', 'sep', sep='\t', end='<END>\n')
print('multi\nline')
print(*range(5), sep=' < ')
print('', '', sep='x')
print(None, True, 1.0, [None], sep=', ')
print('stdout write returns', sys.stdout.write('written\n'))
sys.stdout.flush()
print('file=None goes to stdout', file=None)
class Str:
    def __str__(self): return 'via __str__'
    def __repr__(self): return 'via __repr__'
print(Str(), [Str()], (Str(),))
