# __reduce__ and __setstate__ of the sequence iterators (CPython 3.11 values).
def show(it, steps):
    out = [it.__reduce__()]
    for _ in range(steps):
        next(it)
    out.append(it.__reduce__())
    for _ in it:
        pass
    out.append(it.__reduce__())
    return [(r[0].__name__,) + r[1:] for r in out]


print(type(iter([])).__name__, show(iter([1, 2, 3]), 1))
print(type(reversed([])).__name__, show(reversed([1, 2, 3]), 1))
print(type(iter(())).__name__, show(iter((1, 2)), 1))
print(type(iter('')).__name__, show(iter('abc'), 2))
print(type(iter('\xe9')).__name__, show(iter('\xe9\U0001f600z'), 2))
print(type(iter(b'')).__name__, show(iter(b'ab'), 1))
print(type(iter(bytearray())).__name__, show(iter(bytearray(b'ab')), 1))
for make, n in ((lambda: iter([1, 2, 3]), 3), (lambda: iter((1, 2, 3)), 3), (lambda: iter('abc'), 3),
                (lambda: iter('\xe9\U0001f600z'), 3), (lambda: iter(b'abc'), 3)):
    for state in (-5, 0, 1, n, 99, 2**62):
        it = make()
        it.__setstate__(state)
        print(type(it).__name__, state, list(it))
for state in (-5, -1, 0, 1, 2, 99):
    it = reversed([1, 2, 3])
    it.__setstate__(state)
    print('rev', state, list(it))
for make in (lambda: iter([1]), lambda: iter((1,)), lambda: iter('a'), lambda: reversed([1]), lambda: iter(b'a')):
    for bad in ('x', 1.5, 2**70):
        try:
            make().__setstate__(bad)
        except Exception as e:
            print(type(make()).__name__, type(e).__name__, e)
it = iter([1, 2])
list(it)
it.__setstate__(0)
print(list(it), it.__reduce__()[1])
