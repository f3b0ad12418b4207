from _collections import deque

class Stack(deque):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def size(self):
        return len(self) * 10

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.size(), isinstance(s, deque), type(s).__mro__[1].__name__)
s.tag = "t"
print(s.tag, s.__dict__)
class Named(deque):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
n = Named("nm", "xy")
print(n, n.name, list(n))
n.__init__("again", [1])
print(n, n.name)
class Pop(deque):
    def pop(self):
        return "overridden"
p = Pop([1])
print(p.pop(), p.popleft(), p)
class Slots(deque):
    __slots__ = ("a",)
sl = Slots([1])
sl.a = 2
print(sl, sl.a)
print(issubclass(Stack, deque), deque.__subclasses__() != [])
