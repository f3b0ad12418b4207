import _bisect

l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    _bisect.insort_right(l, x)
print(l)
l = []
for x in [3, 1, 2]:
    _bisect.insort_left(l, x)
print(l)
class V:
    def __init__(self, v, tag): self.v, self.tag = v, tag
    def __lt__(self, o):
        print('lt', self.tag, o.tag)
        return self.v < o.v
    def __repr__(self): return self.tag
a = [V(1, 'a'), V(2, 'b'), V(2, 'c'), V(3, 'd')]
_bisect.insort_left(a, V(2, 'L'))
_bisect.insort_right(a, V(2, 'R'))
print(a)
class MyList(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
m = MyList([1, 3, 5])
_bisect.insort_right(m, 4)
_bisect.insort_left(m, 0)
print(m)
class Seq:
    def __init__(self): self.items = [10, 20, 30]
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        print('getitem', i)
        return self.items[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)
s = Seq()
_bisect.insort_left(s, 25)
print(s.items)
