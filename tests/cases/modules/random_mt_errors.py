# Argument errors of _random.Random's constructor and methods.
import _random

R = _random.Random
print(R, R.__name__, R.__qualname__, R.__module__)
print(type(R()).__name__)
tests = [
    lambda: R(1, 2),
    lambda: R(x=1),
    lambda: R().seed(1, 2),
    lambda: R().seed(n=1),
    lambda: R().random(1),
    lambda: R().random(x=1),
    lambda: R().getstate(1),
    lambda: R().setstate(),
    lambda: R().getrandbits(),
    lambda: R().getrandbits(k=3),
    lambda: R().seed([1]),
    lambda: R({}),
    lambda: R.random(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(R(None).random() < 1.0, R().seed() is None, R().seed(None) is None)
print(hasattr(R(), "__dict__"))
