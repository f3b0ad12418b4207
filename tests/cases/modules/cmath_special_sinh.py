import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


specials = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]


def run(f, z):
    try:
        return repr(f(z))
    except Exception as e:
        return type(e).__name__


for name in "sinh cosh tanh".split():
    f = getattr(cmath, name)
    for x in specials:
        print(name, repr(x), " ".join(run(f, complex(x, y)) for y in specials))
