import itertools

print(list(itertools.islice('ABCDEFG', 2)))
print(list(itertools.islice('ABCDEFG', 2, 4)))
print(list(itertools.islice('ABCDEFG', 2, None)))
print(list(itertools.islice('ABCDEFG', 0, None, 2)))
print(list(itertools.islice('ABCDEFG', None)), list(itertools.islice('AB', None, None, None)))
print(list(itertools.islice(range(100), 10, 30, 7)))
print(list(itertools.islice('abc', 5, 10)), list(itertools.islice('abc', 0)))
print(list(itertools.islice(itertools.count(), 3, 8)))
# islice consumes exactly what it must.
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 2, 6, 3)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 4, 4)), next(it))
it = iter(range(10))
print(list(itertools.islice(it, 1, 3)), list(it))
log = []
def gen():
    for i in range(5):
        log.append(i)
        yield i
s = itertools.islice(gen(), 1, None, 2)
print(next(s), log)
print(next(s), log)
print(list(s), log)
class Idx:
    def __index__(self): return 2
print(list(itertools.islice('abcdef', Idx(), None, Idx())))
print(list(itertools.islice('abcdef', True, 3)))
print(list(itertools.islice(itertools.islice('abcdefghij', 1, None), 2, 7, 2)))
