def gcomb(x, k):
    "Generate all combinations of k elements from list x."
    if k > len(x):
        return
    if k == 0:
        yield []
    else:
        first, rest = x[0], x[1:]
        for c in gcomb(rest, k - 1):
            c.insert(0, first)
            yield c
        for c in gcomb(rest, k):
            yield c
seq = list(range(1, 5))
for k in range(len(seq) + 2):
    print("%d-combs of %s:" % (k, seq))
    for c in gcomb(seq, k):
        print("   ", c)
