# random module's errors for bad arguments.
import random

random.seed(0)
tests = [
    lambda: random.randrange(0),
    lambda: random.randrange(10, 1),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randint(5, 1),
    lambda: random.choice([]),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample({1, 2}, 1),
    lambda: random.sample([1, 2], -1),
    lambda: random.getrandbits(-1),
    lambda: random.randbytes(-1),
    lambda: random.shuffle((1, 2)),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(random.randrange(3, 4), random.randint(7, 7))
r = random.Random(5)
print(r.__reduce__()[0] is random.Random, r.__reduce__()[1], len(r.__reduce__()[2][1]))
import pickle
r2 = pickle.loads(pickle.dumps(r))
print(r.random() == r2.random())
import copy
r3 = copy.copy(r)
print(r.random() == r3.random())
