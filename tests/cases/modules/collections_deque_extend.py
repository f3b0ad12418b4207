from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2])
d.extend([3, 4])
d.extend(())
d.extend(x for x in "ab")
print(d)
d.extendleft([5, 6])
print(d)
d = deque([1, 2])
d.extend(d)
print(d)
d.extendleft(d)
print(d)
t(d.extend, 1)
t(d.extendleft, None)
t(d.extend)
def gen():
    yield 1
    raise ValueError("boom")
e = deque()
t(e.extend, gen())
print(e)
e = deque(maxlen=0)
g = iter([1, 2, 3])
e.extend(g)
print(e, list(g))
e = deque(maxlen=2)
e.extendleft(range(5))
print(e)
f = deque()
f.extend({3: 0, 1: 0})
f.extend(range(3))
print(f)
