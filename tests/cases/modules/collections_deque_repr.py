from _collections import deque

d = deque()
d.append(d)
print(d)
e = deque([1])
e.append([e, 2])
print(e)
print(repr(deque([1, "a"], maxlen=5)), str(deque([], 0)))
class MyDeque(deque):
    pass
print(MyDeque([1, 2]), MyDeque([1], 3))
m = MyDeque()
m.append(m)
print(m)
class R(deque):
    def __repr__(self):
        return "R!"
print(deque([R()]), [R([1])])
f = deque([1.5, None, True, "q'\""])
print(f)
print(repr(deque(range(3))), f"{deque([1])}")
