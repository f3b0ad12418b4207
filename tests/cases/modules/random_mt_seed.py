# _random.Random seeded with ints of many sizes gives CPython's Mersenne Twister outputs.
import _random

r = _random.Random()
for seed in [0, 1, 2, -1, -12345, 42, 2**31, 2**32 - 1, 2**32, 2**53 - 1, 2**53,
             2**64 + 1, 2**100 + 12345, 3**200, True, False]:
    r.seed(seed)
    print(seed if seed < 10**20 else "big", [r.random() for _ in range(3)])

r1 = _random.Random(-7)
r2 = _random.Random(7)
print(r1.random() == r2.random())
r = _random.Random(5)
print(r.random())
r.seed(5)
print(r.random())
# Non-int seeds use hash(): floats and tuples of ints hash deterministically.
r.seed(1.5)
print(r.random())
r.seed(2.0)
a = r.random()
r.seed(2)
print(a == r.random())
r.seed((1, 2, 3))
print(r.random())
# Long runs cross the 624-word regeneration boundary many times.
r.seed(12345)
vals = [r.random() for _ in range(2000)]
print(vals[623], vals[624], vals[1999])
print(all(0.0 <= v < 1.0 for v in vals))
