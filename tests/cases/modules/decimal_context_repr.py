from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(Context())
print(repr(DefaultContext))
print(BasicContext)
print(ExtendedContext)
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0, clamp=1,
            flags=[Inexact, Rounded], traps=[Overflow, DivisionByZero, Clamped, Subnormal])
print(c)
c.traps[FloatOperation] = True
c.flags[InvalidOperation] = True
print(c)
print(Context(traps=[], flags=[]))
print(Context(flags={s: True for s in [InvalidOperation, FloatOperation, DivisionByZero,
                                       Overflow, Underflow, Subnormal, Inexact, Rounded,
                                       Clamped]}))
print(Context(Emax=MAX_EMAX, Emin=MIN_EMIN, prec=MAX_PREC))
print(type(c).__name__, type(c).__module__, repr(type(c)))