from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in ['1E+2', '123E+1', '0.0000001', '-12.34E-9', '0E+5', '1.2E+7', '12345678901234567890e-3',
          '1e6', '-0E-3', '0e-7', '1e-7', '0.000001', '1.10', '-inf', 'nan', '-snan7', 'nan0012',
          '100', '1e0', '5e-6', '123.456e3', '0e0', '-0']:
    d = D(v)
    print(str(d), d.to_eng_string(), repr(d))
c = Context(capitals=0)
print(c.to_sci_string(D('1e20')), c.to_eng_string(D('1e20')), c.to_sci_string(D('1e-20')))
print(getcontext().to_sci_string(D('1.5e-9')), getcontext().to_eng_string(D('1.5e-9')))
getcontext().capitals = 0
print(D('1e20'), repr(D('1e-9')), D('1e20').to_eng_string())
getcontext().capitals = 1
print('%s %r %s' % (D('1.5'), D('2.5'), [D(1), D('1e1')]))
print(f'{D("1.5")!r} {D("3.25")}')
class MyDec(Decimal):
    pass
print(repr(MyDec('2.5')), str(MyDec('-0.1')))