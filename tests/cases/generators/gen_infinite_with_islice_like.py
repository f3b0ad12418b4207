def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(it, n):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x
def chain(*its):
    for it in its:
        yield from it
def cycle(seq):
    saved = list(seq)
    while saved:
        yield from saved
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(take(naturals(), 5), list(islice(naturals(), 3, 7)))
print(list(chain('ab', [1], range(2))), take(cycle('xy'), 5), list(accumulate(range(6))))
def tee_like(it, n):
    buf = [[] for _ in range(n)]
    it = iter(it)
    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    v = next(it)
                except StopIteration:
                    return
                for b in buf:
                    b.append(v)
            yield mybuf.pop(0)
    return [gen(b) for b in buf]
a, b = tee_like(range(4), 2)
print(next(a), next(a), list(b), list(a))
