from _collections import deque

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
t(next, it)
t(next, it)
d = deque([1, 2, 3])
it = iter(d)
d[0] = 9
print(list(it))
d = deque([1, 2, 3])
try:
    for x in d:
        d.pop()
except RuntimeError as e:
    print("RuntimeError", e)
class Mut:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.append(0)
        return False
d = deque([1, 2, 3])
t(d.__contains__, Mut(d))
d = deque([1, 2, 3])
t(d.count, Mut(d))
d = deque([1, 2, 3])
t(d.index, Mut(d))
d = deque([1, 2, 3])
t(d.remove, Mut(d))
r = reversed(deque([1, 2]))
d = deque([1, 2])
r = reversed(d)
d.appendleft(0)
t(next, r)
d = deque([1, 2])
it = iter(d)
d.rotate(1)
t(list, it)
