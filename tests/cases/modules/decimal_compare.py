from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = [D('1'), D('1.0'), D('-0'), D('0'), D('2.5'), D('-inf'), D('inf'), 1, 2.5]
for a in vals[:7]:
    print(a, [a == b for b in vals], [a < b for b in vals], [a >= b for b in vals])
print(sorted([D(3), 1, D('2.5'), 0.5, D('-1e10')]))
print(max(D(1), D('1.0')), min(D(1), D('1.0')), max([D('0.1'), D('0.10')]))
print(D('nan') == D('nan'), D('nan') != D('nan'), D('nan') == 1, D(1) != D('nan'))
show(lambda: D('nan') < 1)
show(lambda: D(1) >= D('nan'))
show(lambda: D('snan') == 1)
show(lambda: D('snan') != D('snan'))
getcontext().traps[InvalidOperation] = False
print(D('nan') < 1, D('nan') > 1, D('snan') == 1)
print(getcontext().flags[InvalidOperation])
print(D(1) == 'a', D(1) != None, D(1) == [1])
show(lambda: D(1) < 'a')