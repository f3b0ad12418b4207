# random.choices with weights, cum_weights and k.
import random

random.seed(7)
print(random.choices("abc"))
print(random.choices("abc", k=10))
print(random.choices("abc", weights=[10, 1, 1], k=10))
print(random.choices("abc", cum_weights=[1, 2, 30], k=10))
print(random.choices(range(5), [0.1, 0.2, 0.3, 0.2, 0.2], k=6))
for args, kw in [(("abc",), {"weights": [1, 2]}),
                 (("abc",), {"weights": [1, 2, 3], "cum_weights": [1, 2, 3]}),
                 (("abc",), {"weights": [0, 0, 0]}),
                 (([],), {}),
                 ((["a"],), {"weights": [float("inf")]})]:
    try:
        print(random.choices(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
