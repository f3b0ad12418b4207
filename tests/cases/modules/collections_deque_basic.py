from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d), list(d))
print(d.pop(), d.popleft(), d)
print(d.pop(), d.pop(), d, bool(d))
t(d.pop)
t(d.popleft)
d = deque("abc")
print(d, d[0], d[-1], d[1])
print(list(reversed(d)), [x for x in d])
d = deque(range(5))
print(sum(d), max(d), sorted(d, reverse=True))
print(deque([None, 1.5, "x", (1, 2)]))
t(d.append)
t(d.append, 1, 2)
t(d.pop, 1)
t(d.popleft, 1)
t(lambda: d.append(x=1))
