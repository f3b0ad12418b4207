import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress('ABC', [0, 1])), list(itertools.compress('AB', [1, 1, 1, 1])))
print(list(itertools.compress(data=range(10), selectors=itertools.cycle([True, False]))))
log = []
def g(name, items):
    for x in items:
        log.append((name, x))
        yield x
print(list(itertools.compress(g('d', 'abc'), g('s', [0, 0]))), log)
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool', self.v)
        return self.v
print(list(itertools.compress('xy', [B(False), B(True)])))
c = itertools.compress('abc', [1, 0, 1])
r = c.__reduce__()
print(r[0], [type(x).__name__ for x in r[1]])
t(itertools.compress, 'a')
t(itertools.compress, 'a', [1], [2])
t(itertools.compress, 1, [1])
t(itertools.compress, 'a', selectors=[1], data='b')
