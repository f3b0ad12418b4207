class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f'V{self.v}'
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, b > a)
print(sorted([V(3), V(1), V(2)]), max([V(3), V(5)]), min(V(4), V(2)))
try:
    a == b, a != b
    print('eq falls back to identity:', a == b, a == a)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'G{self.v}'
print(sorted([OnlyGt(2), OnlyGt(1)]))
print(OnlyGt(1) < OnlyGt(2))
