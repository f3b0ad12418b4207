import cmath

inf, nan = float("inf"), float("nan")


def show(expr):
    try:
        print(expr, "->", repr(eval(expr)))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)


for name in ["pi", "e", "tau", "inf", "infj", "nan", "nanj"]:
    show("cmath." + name)
show("type(cmath.infj).__name__")
show("type(cmath.nan).__name__")
show("-cmath.infj")
show("cmath.infj.real")
show("cmath.nanj.imag")
names = sorted(n for n in dir(cmath) if not n.startswith("_"))
print(names)
print(cmath.__name__, repr(cmath.__doc__))
print(repr(cmath.sqrt), cmath.sqrt.__module__, type(cmath.sqrt).__name__)
