from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


names = ['DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact',
         'Rounded', 'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'ConversionSyntax',
         'DivisionImpossible', 'DivisionUndefined', 'InvalidContext']
for n in names:
    cls = getattr(decimal, n)
    print(repr(cls), [b.__name__ for b in cls.__bases__], cls.__module__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(DecimalException, ArithmeticError), issubclass(DivisionUndefined,
                                                              ZeroDivisionError))
print([c.__name__ for c in Underflow.__mro__])
print([c.__name__ for c in Overflow.__mro__])
e = InvalidOperation('x')
print(e.args, str(e), isinstance(e, ArithmeticError))