from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for i in (-10, -3, -1, 0, 1, 2, 3, 10):
    d = deque("abc")
    d.insert(i, "X")
    print(i, "".join(d))
d = deque()
d.insert(0, 1)
d.insert(5, 2)
d.insert(-5, 0)
print(d)
t(d.insert, 1)
t(d.insert, "a", 1)
t(d.insert, 2 ** 70, 1)
d.reverse()
print(d)
d.clear()
print(d, len(d))
d.reverse()
print(d)
t(d.reverse, 1)
t(d.clear, 1)
e = deque(range(10))
e.reverse()
print(e)
for i in range(5):
    e.insert(i * 2, -i)
print(e)
