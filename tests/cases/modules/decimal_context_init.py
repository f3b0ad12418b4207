from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for kw in [dict(prec=0), dict(prec='x'), dict(Emin=5), dict(Emax=-1), dict(capitals=2),
           dict(clamp=-1), dict(rounding='UP'), dict(traps=[KeyError]), dict(flags=["P"]),
           dict(flags=(0, 1)), dict(traps={Inexact: 1}), dict(x=1), dict(prec=2**63)]:
    show(lambda: Context(**kw))
show(lambda: Context(1, 2, 3, 4, 5, 6, 7, 8, 9))
c = Context(9, ROUND_UP, -100, 100, 0, 1, [], [Inexact])
print(c)
print(Context(prec=None, rounding=None, Emin=None))
DefaultContext.prec = 12
print(Context().prec)
DefaultContext.prec = 28
print(Context().prec)
class MyContext(Context):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.tag = 'mine'
m = MyContext(prec=4)
print(m.prec, m.tag, type(m.copy()).__name__, m.divide(1, 3))