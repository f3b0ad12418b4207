def merge(*streams):
    heads = []
    for s in streams:
        it = iter(s)
        for v in it:
            heads.append([v, it])
            break
    while heads:
        heads.sort(key=lambda h: h[0])
        h = heads[0]
        yield h[0]
        for v in h[1]:
            h[0] = v
            break
        else:
            heads.pop(0)
def evens():
    n = 0
    while n < 20:
        yield n
        n += 2
def squares():
    for i in range(5):
        yield i * i
print(list(merge(evens(), squares(), [3, 7, 11])))
def merge2(a, b):
    a, b = iter(a), iter(b)
    x = next(a, None); y = next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x; x = next(a, None)
        else:
            yield y; y = next(b, None)
print(list(merge2([1, 4, 9], [2, 3, 10, 11])))
