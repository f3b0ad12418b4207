from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = ['0', '-0', '1', '-1', '2.50', '7', '1e10', 'inf', '-inf', 'nan']
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('divmod', divmod), ('**', lambda a, b: a ** b)]
ctx = getcontext()
ctx.traps[InvalidOperation] = False
ctx.traps[DivisionByZero] = False
ctx.traps[Overflow] = False
for name, op in ops:
    out = []
    for x in vals:
        for y in vals:
            r = op(D(x), D(y))
            out.append(str(r) if not isinstance(r, tuple) else '(%s,%s)' % r)
    print(name, ' '.join(out))
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
    ctx.clear_flags()