import math


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


names = sorted(n for n in dir(math) if not n.startswith("_"))
print(names)
print(len(names))
for n in ["sqrt", "fsum", "isclose", "prod", "hypot", "log"]:
    f = getattr(math, n)
    print(n, type(f).__name__, f.__name__, f.__qualname__, f.__module__, repr(f))
print(math.__name__)
print(repr(math.__doc__))
print(callable(math.sqrt))
