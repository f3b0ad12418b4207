from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(decimal.__version__, decimal.__libmpdec_version__, decimal.HAVE_THREADS,
      decimal.HAVE_CONTEXTVAR)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
names = sorted(n for n in dir(decimal) if not n.startswith('_'))
print(names)
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real),
      isinstance(D(1), numbers.Integral), issubclass(Decimal, numbers.Number))
print(DecimalTuple._fields, DecimalTuple.__module__, type(DefaultContext).__name__)
print(type(getcontext().flags).__name__, [c.__name__ for c in type(getcontext().flags).__mro__])
print(callable(decimal.getcontext), decimal.localcontext.__name__, decimal.getcontext.__module__)