from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31])
print(d)
z = deque([1, 2], maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(iter(range(5)))
print(z, z.maxlen, len(z))
print(deque().maxlen, deque([], None).maxlen, deque([], True).maxlen)
t(deque, [], -1)
t(deque, [], "3")
t(deque, [], 1.5)
t(deque, [], 2 ** 70)
t(deque([1, 2], 2).insert, 0, 5)
d = deque([1, 2], 3)
d.insert(1, 9)
print(d)
t(d.insert, 0, 0)
def setmax():
    d.maxlen = 5
t(setmax)
d = deque([1, 2, 3], maxlen=2)
print(d)
d *= 3
print(d)
d = deque("ab", 5)
print(d * 3, d + deque("xyz"))
