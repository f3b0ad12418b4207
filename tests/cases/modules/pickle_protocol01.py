# Protocols 0 and 1 go through copyreg._reduce_ex and copyreg._reconstructor.
import copyreg
import pickle


class Plain:
    def __init__(self):
        self.v = 1


class FromList(list):
    pass


class FromInt(int):
    pass


class FromDict(dict):
    pass


class WithGetstate:
    def __getstate__(self):
        return {'g': 2}


for obj in (Plain(), FromList([1]), FromInt(5), FromDict(a=1), WithGetstate()):
    r = obj.__reduce_ex__(0)
    print(type(obj).__name__, r[0] is copyreg._reconstructor, r[1:])
    r = obj.__reduce_ex__(1)
    print(type(obj).__name__, r[1:])
print(copyreg._reconstructor(FromInt, int, 7), type(copyreg._reconstructor(FromInt, int, 7)))
print(type(copyreg._reconstructor(Plain, object, None)).__name__)
for proto in (0, 1):
    print(proto, vars(pickle.loads(pickle.dumps(Plain(), proto))),
          pickle.loads(pickle.dumps(FromList([1, 2]), proto)),
          pickle.loads(pickle.dumps(FromInt(9), proto)),
          vars(pickle.loads(pickle.dumps(WithGetstate(), proto))))
print(object().__reduce__()[1:], object().__reduce_ex__(0)[1:])
try:
    object().__reduce_ex__()
except TypeError as e:
    print('TypeError', e)
try:
    object().__reduce_ex__('2')
except TypeError as e:
    print('TypeError', e)
try:
    object().__reduce__(1)
except TypeError as e:
    print('TypeError', e)
