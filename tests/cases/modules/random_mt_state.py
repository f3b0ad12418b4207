# getstate/setstate: a tuple of 624 words and the index; CPython's errors for bad states.
import _random

r = _random.Random(99)
s = r.getstate()
print(type(s).__name__, len(s), s[-1], s[:3])
a = [r.random() for _ in range(700)]
r.setstate(s)
print(a == [r.random() for _ in range(700)])
print(r.getstate()[-1])
r2 = _random.Random()
r2.setstate(r.getstate())
print(r.random() == r2.random(), r.getrandbits(77) == r2.getrandbits(77))
# Words above 32 bits are truncated, as C's unsigned long -> uint32_t.
st = list(s)
st[0] = 2**32 + st[0]
r.setstate(tuple(st))
print(r.getstate()[0] == s[0])
# index N means "regenerate before the next output".
r.setstate(s[:-1] + (624,))
print(r.random())
for bad in [1, [0] * 625, (1,) * 3, (1,) * 626, (1,) * 624 + (625,), (1,) * 624 + (-1,),
            (-1,) * 625, ("a",) * 625, (2**64,) + (1,) * 624, (1,) * 624 + (2**70,),
            (1,) * 624 + (1.0,), (1.0,) * 625]:
    try:
        r.setstate(bad)
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
