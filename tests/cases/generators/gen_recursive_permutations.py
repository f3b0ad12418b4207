def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print([''.join(p) for p in permutations('abc')])
print(sum(1 for _ in permutations(list(range(6)))))
def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield [items[i]] + c
print(list(combinations([1, 2, 3, 4], 2)))
def powerset(s):
    if not s:
        yield []
        return
    for rest in powerset(s[1:]):
        yield rest
        yield [s[0]] + rest
print(sorted(powerset([1, 2, 3])))
