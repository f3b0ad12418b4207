# classmethod/staticmethod copy the callable's __module__, __name__, __qualname__, __doc__ and
# __annotations__ into their own __dict__ (3.10+) and expose it as __wrapped__.
def f(x: int) -> str:
    "doc of f"


for kind in (staticmethod, classmethod):
    w = kind(f)
    print(kind.__name__, sorted(w.__dict__), w.__name__, w.__doc__, w.__annotations__)
    print(w.__wrapped__ is f, w.__func__ is f)
    w.extra = 1
    print(w.__dict__["extra"])
c = classmethod(len)
print(sorted(c.__dict__), c.__qualname__)
s = staticmethod(3)
print(sorted(s.__dict__))


class A:
    @staticmethod
    def g(y: float):
        "doc of g"

    @classmethod
    def h(cls):
        pass


print(A.__dict__["g"].__annotations__, A.__dict__["g"].__qualname__, A.__dict__["h"].__name__)
