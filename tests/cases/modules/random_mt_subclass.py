# Subclasses of _random.Random (as random.Random is) keep the generator and add state.
import _random

class MyRandom(_random.Random):
    def __init__(self, x=None, extra=0):
        super().__init__(x)
        self.extra = extra

    def seed(self, a=None):
        super().seed(a)
        self.seeded = a

r = MyRandom(10, extra=5)
print(r.extra, hasattr(r, "seeded"), r.random())
r.seed(10)
print(r.seeded, r.random())
print(isinstance(r, _random.Random), type(r).__mro__[1])

class Plain(_random.Random):
    pass

p = Plain(10)
print(p.random())
try:
    Plain(10, extra=1)
except TypeError as e:
    print("TypeError", e)
p.attr = 1
print(p.attr, p.__dict__)

class Gen(_random.Random):
    def random(self):
        return 0.5

g = Gen(1)
print(g.random(), _random.Random.random(g))
print(_random.Random.getrandbits(g, 10))
try:
    _random.Random.random(1)
except TypeError as e:
    print("TypeError", e)
