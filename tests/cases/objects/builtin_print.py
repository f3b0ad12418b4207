import sys
print(1, 2, 3)
print(1, 2, 3, sep='-')
print('a', 'b', sep='', end='!\n')
print()
print(end='')
print('x', end='')
print('y')
print(None, sep=None, end=None)
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*[1, 2], sep=', ')
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('hello', 42, file=w, sep='|')
print(w.parts)
try:
    print(sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(bad=1)
except TypeError as e:
    print(type(e).__name__, e)
sys.stdout.write("via write\n")
print(sys.stdout.write("abc") )
