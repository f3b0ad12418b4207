# Slotted objects copy their slot values (state is (dict, slots)).
import copy


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ('z', '__dict__')


p = P([1], 2)
c = copy.copy(p)
print(c.x is p.x, c.y, type(c).__name__)
d = copy.deepcopy(p)
print(d.x == p.x, d.x is p.x)
half = P.__new__(P)
half.x = 'only x'
h = copy.copy(half)
print(h.x, hasattr(h, 'y'))
q = Q(1, 2)
q.z = 3
q.w = 4
r = copy.deepcopy(q)
print(r.x, r.y, r.z, r.w, r.__dict__)
print(q.__reduce_ex__(4)[2])


class Private:
    __slots__ = ('__secret',)

    def __init__(self):
        self.__secret = 's'

    def get(self):
        return self.__secret


print(copy.copy(Private()).get(), Private.__slotnames__)
