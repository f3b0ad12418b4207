l = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError('key failed')
    return x
try:
    l.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, l)
m = [3, 1, 2]
def mutating_key(x):
    m.append(x)
    return x
try:
    m.sort(key=mutating_key)
except ValueError as e:
    print(type(e).__name__, e)
print(m)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 99 or o.v == 99:
            raise RuntimeError('compare failed')
        return self.v < o.v
    def __repr__(self): return str(self.v)
c = [Cmp(3), Cmp(99), Cmp(1)]
try:
    c.sort()
except RuntimeError as e:
    print(type(e).__name__, e, sorted(x.v for x in c))
