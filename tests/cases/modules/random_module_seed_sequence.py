# Many seeds through random.seed: first outputs of several functions.
import random

for seed in list(range(12)) + [100, 12345, 2**32 + 1, -99, 1.0, 0.5, "x", b"\x00"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000), random.getrandbits(40),
          random.choice("abcdefghij"), round(random.uniform(0, 100), 6))
r = random.Random()
r.seed(7, version=2)
a = r.random()
r.seed(7, version=1)
print(a == r.random())
