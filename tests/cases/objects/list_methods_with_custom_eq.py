class Loose:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return isinstance(o, Loose) and self.v % 10 == o.v % 10
    def __repr__(self): return f'L{self.v}'
l = [Loose(1), Loose(12), Loose(21)]
print(l.index(Loose(31)), l.count(Loose(11)), Loose(2) in l, Loose(5) in l)
l.remove(Loose(41))
print(l)
print([Loose(1)] == [Loose(11)], (Loose(3),) == (Loose(13),), {1: Loose(1)} == {1: Loose(101)})
class Boom:
    def __eq__(self, o):
        raise ValueError('eq exploded')
try:
    [1, 2, Boom()].index(5)
except ValueError as e:
    print(type(e).__name__, e)
b = Boom()
print([b].index(b), b in [b], [b].count(b))
