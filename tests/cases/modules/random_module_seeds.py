# random.seed with str/bytes (sha512, version 2), version 1, floats, None and Random objects.
import random

for s in ["hello", b"hello", bytearray(b"hello"), "", "é€😀", 3.25, -3, 10**40]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(16))
random.seed("hello", version=1)
print(random.random())
random.seed(12, version=1)
print(random.random())
try:
    random.seed([1, 2])
except TypeError as e:
    print("TypeError", e)
r = random.Random("abc")
print(r.random(), r.randint(0, 9))
r2 = random.Random()
r2.setstate(r.getstate())
print(r.random() == r2.random())
st = random.getstate()
print(type(st).__name__, st[0], len(st[1]), st[2])
x = random.random()
random.setstate(st)
print(x == random.random())
random.seed(None)
print(0 <= random.random() < 1)
s = random.SystemRandom()
print(0 <= s.random() < 1, s.getrandbits(16) < 2**16, len(s.randbytes(5)))
