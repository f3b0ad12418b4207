import itertools

log = []

def src(name, items):
    for x in items:
        log.append(f'{name}{x}')
        yield x

def show(label, it, n):
    out = [next(it) for _ in range(n)]
    print(label, out, log)
    log.clear()

show('accumulate', itertools.accumulate(src('a', [1, 2, 3])), 2)
show('chain', itertools.chain(src('a', [1, 2]), src('b', [3])), 3)
show('compress', itertools.compress(src('d', 'xyz'), src('s', [0, 1, 1])), 1)
show('dropwhile', itertools.dropwhile(lambda x: x < 2, src('a', [1, 2, 3])), 1)
show('takewhile', itertools.takewhile(lambda x: x < 9, src('a', [1, 2, 3])), 2)
show('filterfalse', itertools.filterfalse(None, src('a', [1, 0, 0])), 1)
show('groupby', (k for k, g in itertools.groupby(src('a', 'xxy'))), 2)
show('islice', itertools.islice(src('a', range(9)), 2, None, 3), 2)
show('starmap', itertools.starmap(pow, src('a', [(2, 2), (3, 3)])), 1)
show('zip_longest', itertools.zip_longest(src('a', [1]), src('b', [1, 2])), 2)
show('pairwise', itertools.pairwise(src('a', [1, 2, 3])), 1)
show('cycle', itertools.cycle(src('a', [1, 2])), 3)
show('product', itertools.product(src('a', [1, 2]), src('b', [3])), 1)
show('combinations', itertools.combinations(src('a', [1, 2, 3]), 2), 1)
show('permutations', itertools.permutations(src('a', [1, 2]), 1), 1)
a, b = itertools.tee(src('a', [1, 2, 3]))
show('tee', a, 2)
show('tee2', b, 3)
