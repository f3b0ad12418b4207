# copy/deepcopy of plain classes: copy shares attribute values, deepcopy clones them.
import copy


class Box:
    def __init__(self, items):
        self.items = items
        self.meta = {'n': len(items)}


class Sub(Box):
    pass


b = Box([1, [2]])
c = copy.copy(b)
print(type(c).__name__, c is b, c.items is b.items, c.__dict__ == b.__dict__, c.__dict__ is b.__dict__)
d = copy.deepcopy(b)
print(d.items == b.items, d.items is b.items, d.items[1] is b.items[1], d.meta is b.meta)
s = Sub([3])
s.extra = 'e'
print(type(copy.copy(s)).__name__, copy.copy(s).extra, copy.deepcopy(s).items)


class NoInit:
    def __init__(self):
        raise RuntimeError('__init__ must not run on copy')


n = NoInit.__new__(NoInit)
n.v = 1
print(copy.copy(n).v, copy.deepcopy(n).v)


class Counted:
    made = 0

    def __new__(cls):
        cls.made += 1
        return super().__new__(cls)


x = Counted()
copy.copy(x)
copy.deepcopy(x)
print(Counted.made)
