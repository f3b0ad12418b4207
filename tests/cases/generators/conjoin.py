def simple_conjoin(gs):
    values = [None] * len(gs)
    def gen(i):
        if i >= len(gs):
            yield values
        else:
            for values[i] in gs[i]():
                for x in gen(i + 1):
                    yield x
    for x in gen(0):
        yield x
def conjoin(gs):
    n = len(gs)
    values = [None] * n
    def gen(i):
        if i >= n:
            yield values
        elif (n - i) % 3:
            ip1 = i + 1
            for values[i] in gs[i]():
                for x in gen(ip1):
                    yield x
        else:
            for x in _gen3(i):
                yield x
    def _gen3(i):
        assert i < n and (n - i) % 3 == 0
        ip1, ip2, ip3 = i + 1, i + 2, i + 3
        g, g1, g2 = gs[i:ip3]
        if ip3 >= n:
            for values[i] in g():
                for values[ip1] in g1():
                    for values[ip2] in g2():
                        yield values
        else:
            for values[i] in g():
                for values[ip1] in g1():
                    for values[ip2] in g2():
                        for x in _gen3(ip3):
                            yield x
    for x in gen(0):
        yield x
for c in conjoin([lambda: iter((0, 1))] * 3):
    print(c)
print(sum(1 for _ in conjoin([lambda: iter((0, 1))] * 7)))
print([list(v) for v in simple_conjoin([lambda: iter('ab'), lambda: iter('xy')])])
def gencopy(iterator):
    for x in iterator:
        yield x[:]
for n in range(7):
    all_ = list(gencopy(conjoin([lambda: (yield from (0, 1))] * n)))
    print(n, len(all_), all_[0] == [0] * n, all_[-1] == [1] * n, all_ == sorted(all_))
