class LazyList:
    def __init__(self, g):
        self.sofar = []
        self.fetch = g.__next__
    def __getitem__(self, i):
        sofar, fetch = self.sofar, self.fetch
        while i >= len(sofar):
            sofar.append(fetch())
        return sofar[i]
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
    me_times2 = times(2, m235_ll)
    me_times3 = times(3, m235_ll)
    me_times5 = times(5, m235_ll)
    for i in merge(merge(me_times2, me_times3), me_times5):
        yield i
m235_ll = None
def gen_m235():
    global m235_ll
    ll = LazyList(m235())
    m235_ll = ll_iter(ll)
    return ll
def ll_iter(ll):
    i = 0
    while True:
        yield ll[i]
        i += 1
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
fib = LazyList(fibgen(1, 2))
print([fib[i] for i in range(17)])
def m235_2():
    def _m():
        yield 1
        for i in merge(merge(times(2, it2()), times(3, it2())), times(5, it2())):
            yield i
    ll = LazyList(_m())
    def it2():
        i = 0
        while True:
            yield ll[i]
            i += 1
    return ll
ll = m235_2()
print([ll[i] for i in range(15)])
