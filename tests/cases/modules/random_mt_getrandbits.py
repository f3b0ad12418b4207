# getrandbits: any bit count, 32-bit words from least significant, CPython's ValueError.
import _random

r = _random.Random(2024)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 52, 53, 54, 63, 64, 65, 96, 100, 128, 200, 1000]:
    v = r.getrandbits(k)
    print(k, v.bit_length() <= k, v if k <= 200 else v % 10**12)
r.seed(1)
print(r.getrandbits(32), r.getrandbits(32), r.getrandbits(64))
r.seed(1)
a, b = r.getrandbits(32), r.getrandbits(32)
r.seed(1)
print(r.getrandbits(64) == (b << 32) | a)
print(r.getrandbits(True))
for k in [-1, -2**31 - 1, 2**31, 1.5, "3", None]:
    try:
        print(r.getrandbits(k))
    except Exception as e:
        print(type(e).__name__, e)
r.seed(3)
print(sum(r.getrandbits(1) for _ in range(1000)))
