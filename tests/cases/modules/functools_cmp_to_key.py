import _functools

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def cmp(a, b):
    return (a > b) - (a < b)
K = _functools.cmp_to_key(cmp)
print(sorted([5, 2, 9, 1], key=K))
print(sorted(['bb', 'a', 'ccc'], key=_functools.cmp_to_key(lambda a, b: len(b) - len(a))))
k1, k2 = K(1), K(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, k2.obj)
print(max([K(3), K(7), K(5)]).obj, min([3, 7, 5], key=K))
calls = []
def logcmp(a, b):
    calls.append((a, b))
    return a - b
KL = _functools.cmp_to_key(logcmp)
print(KL(1) < KL(5), calls)
class R:
    def __lt__(self, o): return 'lt-result'
    def __gt__(self, o): return 'gt-result'
    def __eq__(self, o): return 'eq-result'
KR = _functools.cmp_to_key(lambda a, b: R())
print(KR(1) < KR(2), KR(1) == KR(2))
t(lambda: K(1) < 2)
t(hash, K(1))
t(K)
t(K, 1, 2)
t(lambda: K(obj=4).obj)
t(_functools.cmp_to_key)
t(lambda: type(_functools.cmp_to_key(mycmp=cmp)).__name__)
t(lambda: sorted([1, 2], key=_functools.cmp_to_key(lambda a, b: 'x')))
t(setattr, k1, 'obj', 5)
print(k1.obj)
print(type(K).__name__, type(k1).__name__, type(K) is type(k1))
