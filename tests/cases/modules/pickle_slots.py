# __slots__ classes: state is (None, slots) for protocol 2+, refused for protocols 0 and 1.
import pickle


class Slotted:
    __slots__ = ('a', 'b', '__c')

    def __init__(self, a):
        self.a = a
        self.__c = 'private'

    def show(self):
        return (self.a, getattr(self, 'b', '<unset>'), self.__c)


s = Slotted(1)
print(s.__getstate__())
print(s.__reduce_ex__(2)[1:])
for proto in range(6):
    try:
        t = pickle.loads(pickle.dumps(s, proto))
        print(proto, t.show())
    except Exception as e:
        print(proto, type(e).__name__, e)
print(Slotted.__slotnames__)
s.b = [1]
print(pickle.loads(pickle.dumps(s, 4)).show())


class Sub(Slotted):
    __slots__ = ('d',)


u = Sub(5)
u.d = 'dd'
print(u.__getstate__())
print(pickle.loads(pickle.dumps(u, 3)).d, Sub.__slotnames__)


class Bare:
    __slots__ = ()


print(Bare().__getstate__(), Bare().__reduce_ex__(2)[1:])
print(type(pickle.loads(pickle.dumps(Bare(), 2))).__name__)
try:
    pickle.dumps(Bare(), 1)
except TypeError as e:
    print('TypeError', e)
