import itertools

class Chain(itertools.chain):
    def __init__(self, *args, tag=None):
        self.tag = tag

c = Chain('ab', 'c', tag='t')
print(list(c), c.tag, type(c).__mro__)

class Counter(itertools.count):
    def __next__(self):
        return 'x' + str(super().__next__())

c = Counter(5)
print(next(c), next(c), c)
print(list(itertools.islice(Counter(), 3)))

class Cyc(itertools.cycle):
    extra = 1

c = Cyc('ab')
c.attr = 2
print([next(c) for _ in range(3)], c.attr, c.extra, c.__dict__)

class Grp(itertools.groupby):
    pass

print([(k, list(g)) for k, g in Grp('aab')])

class ZL(itertools.zip_longest):
    pass

print(list(ZL('a', 'bc', fillvalue=0)), ZL('a').__reduce__()[0].__name__)

class Prod(itertools.product):
    def __iter__(self):
        return iter([('custom',)])

print(list(Prod('ab')))
try:
    class Bad(itertools.count, itertools.cycle):
        pass
except TypeError as e:
    print('TypeError')
else:
    print('created', Bad)
