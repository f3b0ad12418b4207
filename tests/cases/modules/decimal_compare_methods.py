from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


pairs = [('1', '2'), ('2', '1'), ('1.0', '1'), ('-0', '0'), ('nan', '1'), ('1', 'snan'),
         ('inf', '5'), ('-3', '2'), ('1e5', '3'), ('-nan2', 'nan3'), ('12.30', '12.3')]
getcontext().traps[InvalidOperation] = False
for name in ['compare', 'compare_signal', 'compare_total', 'compare_total_mag', 'max', 'min',
             'max_mag', 'min_mag']:
    print(name, [str(getattr(D(a), name)(D(b))) for a, b in pairs])
    print(' ', getcontext().flags[InvalidOperation])
    getcontext().clear_flags()
print(D(1).compare(2), D(1).max(D(3), context=ExtendedContext))
show(lambda: D(1).compare(1.5))
show(lambda: D(1).compare())
show(lambda: D(1).compare(1, 2, 3))
show(lambda: D(1).max(x=1))