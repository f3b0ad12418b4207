# range_iterator / longrange_iterator: (iter, (range(start, start+len*step, step),), index).
for r in (range(0, 10, 3), range(10, 0, -3), range(5), range(0), range(3, 3),
          range(2**64, 2**64 + 10, 3), range(-2**65, 0, 2**63)):
    it = iter(r)
    print(type(it).__name__, it.__reduce__()[1:])
    next(it, None)
    print(' ', it.__reduce__()[1:])
    for _ in it:
        pass
    print(' ', it.__reduce__()[1:], it.__reduce__()[0] is iter)
for state in (-3, 0, 2, 4, 100):
    it = iter(range(0, 10, 3))
    it.__setstate__(state)
    print('range', state, list(it))
    it = iter(range(2**64, 2**64 + 10, 3))
    it.__setstate__(state)
    print('long', state, [x - 2**64 for x in it])
it = iter(range(3))
it.__setstate__(True)
print(list(it))
for bad in ('x', 2**70):
    try:
        iter(range(3)).__setstate__(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    iter(range(2**64, 2**65)).__setstate__('x')
except Exception as e:
    print(type(e).__name__, e)
