# Subclasses of int, float, complex, str, bytes and tuple keep their value and __dict__.
import pickle


class I(int):
    pass


class Fl(float):
    pass


class C(complex):
    pass


class S(str):
    pass


class B(bytes):
    pass


class T(tuple):
    pass


class Flag(int):
    def __repr__(self):
        return f'Flag({int(self)}, {self.__dict__})'


objs = [I(7), Fl(2.5), C(1, 2), S('text'), B(b'raw'), T((1, 2)), I(2**70)]
for o in objs:
    o.note = type(o).__name__.lower()
for proto in range(6):
    for o in objs:
        r = pickle.loads(pickle.dumps(o, proto))
        print(proto, type(r).__name__, repr(r), r == o, r.__dict__)
f = Flag(3)
f.on = True
print(pickle.loads(pickle.dumps(f, 0)), pickle.loads(pickle.dumps(f, 4)))
print(I(7).__reduce_ex__(2)[1:3], S('x').__reduce_ex__(2)[1:3])
print(T((1,)).__reduce_ex__(2)[1:3])
print(I(7).__reduce_ex__(1)[1:], S('x').__reduce_ex__(0)[1:])
