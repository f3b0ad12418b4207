from _collections import defaultdict

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = defaultdict(list, {1: 2, 3: 4})
b = {3: 5, 6: 7}
print(a | b, type(a | b).__name__)
print(b | a, type(b | a).__name__)
print(a | defaultdict(int, {9: 9}))
t(lambda: a | 1)
t(lambda: 1 | a)
t(lambda: a | [(1, 2)])
c = defaultdict(set, {1: 1})
c |= {2: 2}
print(c, type(c).__name__)
c |= [(3, 3)]
print(c)
print(a.__or__(1), a.__ror__(1))
print(a.__ror__({0: 0}))
class Sub(defaultdict):
    pass
print(type(Sub(int) | {1: 1}).__name__, type({1: 1} | Sub(int)).__name__)
