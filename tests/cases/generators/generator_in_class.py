class Counter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i
    def evens(self):
        yield from (i for i in self if i % 2 == 0)
c = Counter(7)
print(list(c), list(c.evens()), list(iter(c)))
print(sum(c), sorted(c, reverse=True), 3 in c, 9 in c)
a, b, *rest = Counter(5)
print(a, b, rest)
