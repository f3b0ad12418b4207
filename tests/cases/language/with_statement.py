class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('enter', self.n); return self
    def __exit__(self, t, v, tb):
        print('exit', self.n, t.__name__ if t else None)
        return self.n == 'suppress'
with CM(1) as a, CM(2) as b:
    print(a.n, b.n)
with (CM(3) as c,
      CM(4)):
    print('paren form')
with CM('suppress'):
    raise ValueError
print('continued')
def f():
    with CM('r'):
        return 'returned from with'
print(f())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
try:
    with CM(5):
        with CM('suppress'):
            raise KeyError
        raise IndexError
except IndexError:
    print('IndexError out')
