# randrange/randint/getrandbits with big ints, and seeds that are big ints.
import random

random.seed(2**521 - 1)
print(random.random())
print(random.randrange(10**50))
print(random.randrange(-10**40, 10**40, 3))
print(random.randint(-2**100, 2**100))
print(random.getrandbits(257))
print(random.randbytes(33).hex())
random.seed(-(2**521 - 1))
print(random.random())
random.seed(10**400)
print(random.getrandbits(64))
print(random.randrange(2**64, 2**65))
