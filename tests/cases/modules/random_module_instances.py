# Independent Random instances, subclasses overriding random(), and reproducibility.
import random

a = random.Random(1)
b = random.Random(1)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
print(a.randint(0, 10**6), b.randint(0, 10**6))
a.seed(2)
print(a.random() != b.random())

class OnlyRandom(random.Random):
    # Without getrandbits overridden, random.py falls back to random() for _randbelow.
    def __init__(self):
        super().__init__(0)
        self.calls = 0

    def random(self):
        self.calls += 1
        return super().random()

r = OnlyRandom()
print(r.randrange(100), r.calls > 0)
print(r.choice("abc"), r.calls)

class Fixed(random.Random):
    def random(self):
        return 0.25

    def getrandbits(self, k):
        return 3 % (1 << k) if k else 0

f = Fixed()
print(f.random(), f.randrange(10), f.choice("abcdef"), f.uniform(0, 8))
print(type(random._inst).__name__, random.Random.__mro__[1].__module__)
print(random.Random.VERSION, issubclass(random.SystemRandom, random.Random))
