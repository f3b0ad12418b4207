import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print([(k, list(g)) for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([k for k, g in itertools.groupby('AAAABBBCCD')])
print([(k, ''.join(g)) for k, g in itertools.groupby('aAbBBa', key=str.lower)])
print(list(itertools.groupby([])))
# The groups share the underlying iterator: advancing the groupby abandons the group.
g = itertools.groupby('aaabbc')
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
k3, g3 = next(g)
print(k3, list(g3), list(g3))
t(next, g)
g = itertools.groupby([1, 1, 2, 2, 2, 3])
groups = list(g)
print([(k, list(grp)) for k, grp in groups])
keycalls = []
def key(x):
    keycalls.append(x)
    return x // 10
g = itertools.groupby([1, 2, 11, 12, 21], key)
k, grp = next(g)
print(k, keycalls)
print(list(grp), keycalls)
print([(k, list(grp)) for k, grp in g], keycalls)
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v
print([(k.v, len(list(g))) for k, g in itertools.groupby([K(1), K(1), K(2)])])
t(itertools.groupby)
t(itertools.groupby, 1)
t(itertools.groupby, [], None, 3)
t(list, itertools.groupby([1, 2], key=lambda x: 1 / (x - 2)))
print(type(next(itertools.groupby('a'))[1]))
