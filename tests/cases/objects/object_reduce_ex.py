# object.__reduce_ex__ / __reduce__: copyreg.__newobj__ for protocol 2+, _reconstructor below.
import copyreg


class A:
    pass


class B:
    def __init__(self):
        self.x = 1


class OwnReduce:
    def __reduce__(self):
        return ('own',)


class InstanceReduce:
    pass


a, b = A(), B()
for proto in range(6):
    r = b.__reduce_ex__(proto)
    print(proto, r[0] in (copyreg.__newobj__, copyreg._reconstructor), r[1:])
print(A().__reduce_ex__(2)[1:], A().__reduce_ex__(0)[1:])
print(OwnReduce().__reduce_ex__(2), OwnReduce().__reduce_ex__(0))
ir = InstanceReduce()
ir.__reduce__ = lambda: 'instance'
print(ir.__reduce__(), ir.__reduce_ex__(2)[1], list(ir.__reduce_ex__(2)[2]))
print(type(object.__reduce__).__name__, type(object.__reduce_ex__).__name__,
      type(object.__getstate__).__name__)
print(type(b.__reduce_ex__).__name__, repr(object.__reduce__), repr(object.__getstate__))
print(list.__reduce_ex__([1, 2], 2)[1:3], type(list.__reduce_ex__([1, 2], 2)[3]).__name__)
r = dict.__reduce_ex__({'a': 1}, 3)
print(r[1:4], list(r[4]))
print(object.__reduce_ex__(5, 2)[1:], object.__reduce_ex__('s', 2)[1:3])
print((1, 2).__reduce_ex__(2)[1:3], (3.5).__reduce_ex__(4)[1:3], b'x'.__reduce_ex__(2)[1:3])
print((1j).__reduce_ex__(2)[1:3], True.__reduce_ex__(2)[1:3])
for bad in ((), ('2',), (1, 2)):
    try:
        object().__reduce_ex__(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    object().__getstate__(1)
except TypeError as e:
    print('TypeError', e)
