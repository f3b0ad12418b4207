# Builtin functions reduce to their name; bound methods and descriptors to getattr(obj, name).
import math

print(len.__reduce__(), math.sqrt.__reduce__(), print.__reduce_ex__(2))
r = [].append.__reduce__()
print(r[0] is getattr, r[1])
r = (5).__add__.__reduce__()
print(r[0] is getattr, r[1])
print(list.append.__reduce__(), int.__add__.__reduce__(), object.__reduce__.__reduce__())
print(dict.fromkeys.__reduce__())


class K:
    def m(self):
        return 'm'

    @classmethod
    def c(cls):
        return 'c'


k = K()
r = k.m.__reduce__()
print(r[0] is getattr, r[1][0] is k, r[1][1])
r = K.c.__reduce__()
print(r[0] is getattr, r[1])
print(getattr(*K.c.__reduce__()[1])())
print(int.__new__.__self__ is int, object.__new__.__self__ is object, repr(int.__new__)[:33])
print(type(getattr).__name__, getattr.__module__, iter.__module__, iter.__reduce__())
