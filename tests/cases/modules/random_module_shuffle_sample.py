# shuffle and sample draw exactly as CPython's random.py (via _randbelow/getrandbits).
import random

random.seed(31337)
for n in [0, 1, 2, 5, 33, 100]:
    x = list(range(n))
    random.shuffle(x)
    print(n, x[:12])
s = list("abcdefghij")
random.shuffle(s)
print("".join(s))
print(random.sample(range(10), 10))
print(random.sample(range(10**6), 8))
print(random.sample(tuple("xyz"), 2), random.sample("abcdef", 3))
print(random.sample(range(5), 0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
pop = list(range(1000))
print(random.sample(pop, 25))
print(len(set(random.sample(range(2**40), 50))))
