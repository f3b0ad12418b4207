from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0', '-0', '0.000', '1', '-1e-10', 'inf', 'nan', 'snan']:
    d = D(s)
    print(s, bool(d), repr(-d) if not d.is_snan() else '', repr(+d) if not d.is_snan() else '')
getcontext().traps[InvalidOperation] = False
print(-D('snan'), +D('-snan'), abs(D('-snan3')))
print(-D('0'), +D('-0'), abs(D('-0')), -D('1.50'), abs(D('-2.50')))
getcontext().rounding = ROUND_FLOOR
print(-D('0'), +D('-0'), abs(D('-0')), D('0') - D('0'), D('-0') + D('0'))
getcontext().rounding = ROUND_HALF_EVEN
print(D('0') - D('0'), D('-0') + D('0'), D('-0') - D('0'), D('-0') + D('-0'))
c = Context(prec=3)
print(c.plus(D('1.2345')), c.minus(D('1.2345')), c.abs(D('-1.2345')))