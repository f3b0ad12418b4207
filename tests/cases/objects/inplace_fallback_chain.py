class Tracked:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print('__add__'); return Tracked(self.v + o)
    def __radd__(self, o):
        print('__radd__'); return Tracked(o + self.v)
    def __repr__(self): return f'T({self.v})'
t = Tracked(1)
t += 2
print(t)
x = 5
x += Tracked(3)
print(x)
class IAddNI:
    def __iadd__(self, o):
        print('__iadd__ returns NotImplemented'); return NotImplemented
    def __radd__(self, o):
        return 'radd of other'
y = IAddNI()
try:
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
z = 1
z += IAddNI()
print(z)
l = [1]
l += (x for x in [2, 3])
print(l)
