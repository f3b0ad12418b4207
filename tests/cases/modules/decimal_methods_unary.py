from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


getcontext().traps[InvalidOperation] = False
getcontext().traps[DivisionByZero] = False
vals = [D(x) for x in ['0', '-0', '1', '-1', '2.50', '-7.125', '1e3', '1E-1000000', 'inf',
                       '-inf', 'nan', 'snan', '-nan5', '101', '1100', '120.00']]
for name in ['adjusted', 'is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan', 'is_signed',
             'is_zero', 'is_normal', 'is_subnormal', 'is_canonical', 'number_class', 'copy_abs',
             'copy_negate', 'normalize', 'next_minus', 'next_plus', 'logb', 'logical_invert',
             'canonical', 'to_integral_exact', 'to_integral', 'conjugate', 'radix']:
    print(name, [str(getattr(v, name)()) for v in vals])
print(D('1.5').real, D('1.5').imag, D(4).radix())
show(lambda: D(1).is_nan(1))
show(lambda: D(1).adjusted(1))
show(lambda: D(1).normalize(5))