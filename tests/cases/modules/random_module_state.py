# getstate/setstate through random.py keep gauss's cached value; seed() clears it.
import random

r = random.Random(11)
r.gauss()
st = r.getstate()
print(st[0], st[2] is not None, len(st[1]))
a = [r.gauss() for _ in range(3)]
r.setstate(st)
print(a == [r.gauss() for _ in range(3)])
r.seed(11)
print(r.gauss_next, r.gauss(), r.gauss_next is not None)
try:
    r.setstate((99, (0,) * 625, None))
except ValueError as e:
    print("ValueError", e)
try:
    r.setstate((2, (0,) * 10, None))
except ValueError as e:
    print("ValueError", e)
old = (2, tuple(range(624)) + (624,), None)
r.setstate(old)
print(r.random(), r.getrandbits(20))
print(r.uniform(3, 3), r.randrange(10, 0, -3), r.randrange(-5, -1))
print(r.triangular(2, 2), r.choice([None]))
