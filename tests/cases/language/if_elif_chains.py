def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
print([classify(v) for v in [-5, 0, 3, 42, 1000]])
def truthy(v):
    if v:
        return 'T'
    return 'F'
print(''.join(truthy(v) for v in [0, 1, '', 'a', [], [0], {}, {0: 0}, None, 0.0, 0j, set(), range(0), range(1)]))
class Falsy:
    def __bool__(self): return False
class Sized:
    def __len__(self): return 0
print(truthy(Falsy()), truthy(Sized()), truthy(object()))
