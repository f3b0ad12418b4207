from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class MyDec(Decimal):
    def double(self):
        return self * 2
m = MyDec('2.5')
print(type(m).__name__, m, repr(m), type(m + 1).__name__, m.double(), type(m.double()).__name__)
print(isinstance(m, Decimal), m == D('2.5'), hash(m) == hash(D('2.5')))
m.attr = 5
print(m.attr)
show(lambda: setattr(D(1), 'attr', 5))
print(type(MyDec.from_float(0.5)).__name__, MyDec.from_float(0.5))
class Other(Decimal):
    def __new__(cls, value, extra):
        self = super().__new__(cls, value)
        self.extra = extra
        return self
o = Other('1.5', 'x')
print(o, o.extra, type(-o).__name__, type(abs(o)).__name__, type(o.copy_abs()).__name__)
print(Decimal.__module__, Decimal.__qualname__, Decimal.__name__, repr(Decimal), repr(Context))
import pickle, copy
x = D('3.14')
print(copy.copy(x) is x, copy.deepcopy(x) is x, pickle.loads(pickle.dumps(x)), x.__reduce__())
print(pickle.loads(pickle.dumps(Context(prec=7, traps=[Inexact]))))