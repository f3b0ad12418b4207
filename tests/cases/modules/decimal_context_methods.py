from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


c = Context(prec=6, traps=[])
unary = ['abs', 'canonical', 'copy_abs', 'copy_decimal', 'copy_negate', 'exp', 'is_canonical',
         'is_finite', 'is_infinite', 'is_nan', 'is_normal', 'is_qnan', 'is_signed', 'is_snan',
         'is_subnormal', 'is_zero', 'ln', 'log10', 'logb', 'logical_invert', 'minus',
         'next_minus', 'next_plus', 'normalize', 'number_class', 'plus', 'sqrt',
         'to_eng_string', 'to_integral', 'to_integral_exact', 'to_integral_value',
         'to_sci_string']
for n in unary:
    f = getattr(c, n)
    print(n, [str(f(v)) for v in [D('-1.5'), D('100'), D('1e-3')]])
binary = ['add', 'compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'copy_sign',
          'divide', 'divide_int', 'divmod', 'max', 'max_mag', 'min', 'min_mag', 'multiply',
          'next_toward', 'power', 'quantize', 'remainder', 'remainder_near', 'rotate',
          'same_quantum', 'scaleb', 'shift', 'subtract']
for n in binary:
    f = getattr(c, n)
    print(n, [str(f(D(a), b)) for a, b in [('10', 3), ('-7.5', 2), ('1', D('0.001'))]])
print(c.fma(2, 3, 4), c.radix(), c.logical_and(D(101), D(11)), c.Etiny(), c.Etop())
print(sorted(k.__name__ for k, v in c.flags.items() if v))