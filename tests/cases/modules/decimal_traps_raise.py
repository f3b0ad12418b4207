from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: D(1) / 0)
show(lambda: D(0) / 0)
show(lambda: D(1) // 0)
show(lambda: D(1) % 0)
show(lambda: D('1e999999') * 10)
show(lambda: D(-1).sqrt())
show(lambda: D('snan') + 1)
show(lambda: D('inf') - D('inf'))
show(lambda: D(0) ** 0)
show(lambda: D(10) ** D('1e10'))
show(lambda: D('1e20') // D('1e-20'))
show(lambda: D('x'))
try:
    D(1) / 0
except DivisionByZero as ex:
    print('caught', type(ex).__name__, ex.args, isinstance(ex, ZeroDivisionError))
try:
    D(0) / 0
except InvalidOperation as ex:
    print('caught', type(ex).__name__, ex.args)
ctx = getcontext()
ctx.traps[Inexact] = True
show(lambda: D(1) / 3)
show(lambda: D(2) / 4)
ctx.traps[Rounded] = True
show(lambda: D(1) / 3)
ctx.traps[Inexact] = False
ctx.traps[Rounded] = False
ctx.traps[Underflow] = True
show(lambda: D('1e-999999') / 10**30)
print(sorted(k.__name__ for k, v in ctx.flags.items() if v))