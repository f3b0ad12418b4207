class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
a = Adder(3)
print(a(4), a(4, scale=2), callable(a), callable(Adder), callable(3))
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
try:
    st = "abc"
    st(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *a, **k):
        return ('made', cls.__name__, a, k)
class X(metaclass=Meta): pass
print(X(1, b=2))
