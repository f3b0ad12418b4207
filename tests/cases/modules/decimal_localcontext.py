from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


orig = getcontext()
with localcontext() as ctx:
    print(ctx is not orig, getcontext() is ctx, ctx.prec, ctx == orig)
    ctx.prec = 4
    print(D(2).sqrt())
print(getcontext() is orig, D(2).sqrt())
with localcontext(prec=6, rounding=ROUND_UP) as ctx:
    print(ctx.prec, ctx.rounding, D(1) / 7)
with localcontext(ExtendedContext) as ctx:
    print(ctx.prec, D(1) / 0, ctx is ExtendedContext)
with localcontext(Context(prec=3), Emax=10, traps=[Overflow]) as ctx:
    print(ctx)
with localcontext(flags={s: False for s in orig.flags}, traps=[]) as ctx:
    print(D(1) / 0)
show(lambda: localcontext(prec=0))
show(lambda: localcontext(ctx=5))
show(lambda: localcontext('xyz'))
show(lambda: localcontext(foo=1))
show(lambda: localcontext(1, 2))
cm = localcontext()
print(type(cm).__name__, type(cm).__module__)
try:
    with localcontext() as ctx:
        ctx.prec = 2
        raise ValueError('inside')
except ValueError as e:
    print(e, getcontext().prec)