from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = array("i", [1, 2, 3])
c = a.__copy__()
d = a.__deepcopy__({})
print(c, d, c == a, c is a, d is a)
c.append(4)
print(a, c)
class Sub(array):
    pass
s = Sub("b", [1])
print(type(s.__copy__()).__name__, type(s.__deepcopy__(None)).__name__)
t(a.__copy__, 1)
t(a.__deepcopy__)
info = a.buffer_info()
print(len(info), info[1], isinstance(info[0], int))
print(a.__sizeof__() > 0, array("i").__sizeof__() >= 64)
print(a.itemsize, a.typecode)
def setattr_tc():
    a.typecode = "b"
t(setattr_tc)
print(type(array.__dict__["append"]).__name__, type(array.__dict__["__copy__"]).__name__)
