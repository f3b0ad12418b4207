class disjointSet:
    def __init__(self, name):
        self.name = name
        self.parent = None
        self.generator = self.generate()
    def generate(self):
        while not self.parent:
            yield self
        for x in self.parent.generator:
            yield x
    def find(self):
        return next(self.generator)
    def union(self, parent):
        if self.parent:
            raise ValueError("Sorry, I'm not a root!")
        self.parent = parent
    def __str__(self):
        return self.name
class LCG:
    def __init__(self, seed):
        self.state = seed
    def randrange(self, n):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return self.state % n
names = "ABCDEFGHIJKLM"
sets = [disjointSet(name) for name in names]
roots = sets[:]
gen = LCG(42)
while 1:
    for s in sets:
        print(" %s->%s" % (s, s.find()), end='')
    print()
    if len(roots) > 1:
        s1 = roots.pop(gen.randrange(len(roots)))
        s2 = roots.pop(gen.randrange(len(roots)))
        s1.union(s2)
        print("merged", s1, "into", s2)
        roots.append(s2)
    else:
        break
try:
    sets[0].union(sets[1]) if sets[0].parent else sets[1].union(sets[0])
except ValueError as e:
    print(type(e).__name__, e)
