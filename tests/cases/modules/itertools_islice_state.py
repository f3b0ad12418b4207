import itertools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

s = itertools.islice(iter(range(20)), 2, 15, 3)
r = s.__reduce__()
print(r[0], r[1][1:], r[2])
print(next(s), next(s))
r = s.__reduce__()
print(r[1][1:], r[2])
s2 = itertools.islice(iter([]), 0)
print(list(s2))
r = s2.__reduce__()
print(r[0], r[1][1:], r[2], list(r[1][0]))
s3 = itertools.islice(iter('abcdef'), 3, None)
r = s3.__reduce__()
print(r[1][1:], r[2])
it = iter('abcdef')
s4 = itertools.islice(it, 0, 4)
s4.__setstate__(2)
print(list(s4))
t(s4.__setstate__, 'a')
# A source exhausted or broken is forgotten.
def bad():
    yield 1
    raise ValueError('boom')
s5 = itertools.islice(bad(), 5)
print(next(s5))
t(next, s5)
t(next, s5)
print(s5.__reduce__()[1][1:])
class S(itertools.islice):
    pass
print(list(S('abcdef', 1, 4)), S('a', 1).__reduce__()[0])
