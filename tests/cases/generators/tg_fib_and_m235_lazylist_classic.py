def firstn(g, n):
    return [next(g) for i in range(n)]
def times(n, g):
    for i in g:
        yield n * i
def merge(g, h):
    ng = next(g)
    nh = next(h)
    while 1:
        if ng < nh:
            yield ng
            ng = next(g)
        elif ng > nh:
            yield nh
            nh = next(h)
        else:
            yield ng
            ng = next(g)
            nh = next(h)
def m235():
    yield 1
    me_times2 = times(2, m235())
    me_times3 = times(3, m235())
    me_times5 = times(5, m235())
    for i in merge(merge(me_times2, me_times3), me_times5):
        yield i
result = m235()
for i in range(3):
    print(firstn(result, 15))
class LazyList:
    def __init__(self, g):
        self.sofar = []
        self.fetch = g.__next__
    def __getitem__(self, i):
        sofar, fetch = self.sofar, self.fetch
        while i >= len(sofar):
            sofar.append(fetch())
        return sofar[i]
def m235b():
    yield 1
    me_times2 = times(2, m235b_ll_iter())
    me_times3 = times(3, m235b_ll_iter())
    me_times5 = times(5, m235b_ll_iter())
    for i in merge(merge(me_times2, me_times3), me_times5):
        yield i
def m235b_ll_iter():
    i = 0
    while True:
        yield m235b_ll[i]
        i += 1
m235b_ll = LazyList(m235b())
for i in range(5):
    print([m235b_ll[j] for j in range(15 * i, 15 * (i + 1))])
def fibgen(a, b):
    def sum(g, h):
        while 1:
            yield next(g) + next(h)
    def tail(g):
        next(g)
        for x in g:
            yield x
    yield a
    yield b
    for s in sum(iter(fib), tail(iter(fib))):
        yield s
class LazyIterable(LazyList):
    def __iter__(self):
        i = 0
        while True:
            yield self[i]
            i += 1
fib = LazyIterable(fibgen(1, 2))
print(firstn(iter(fib), 17))
