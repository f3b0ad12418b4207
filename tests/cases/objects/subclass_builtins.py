class MyList(list):
    def sum(self): return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.sum(), type(l).__name__, type(l + [5]).__name__, type(l[1:]).__name__, isinstance(l, list))
class MyStr(str):
    def shout(self): return self.upper() + '!'
s = MyStr('hi')
print(s, s.shout(), type(s + 'x').__name__, type(s.upper()).__name__, s == 'hi', repr(s))
class MyInt(int):
    def __repr__(self): return f'MyInt({int(self)})'
i = MyInt(5)
print(repr(i), i + 1, type(i + 1).__name__, type(-i).__name__, i * 2, str(i), f'{i}', hash(i) == hash(5))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
d = MyDict(a=1)
d['b'] = 2
d.update(c=3)
print(d, type(d.copy()).__name__)
class MyTuple(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
print(MyTuple(1, 2), len(MyTuple(1, 2, 3)))
