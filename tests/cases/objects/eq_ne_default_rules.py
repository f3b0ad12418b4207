class A:
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2, a1 != a1)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('E.__eq__')
        return isinstance(o, E) and self.v == o.v
print(E(1) != E(1), E(1) != E(2))
class NeOnly:
    def __ne__(self, o): return 'custom ne'
print(NeOnly() != 1, NeOnly() == 1)
class Weird:
    def __eq__(self, o): return 'truthy string'
print(Weird() == 1, Weird() != 1, [Weird()] == [1])
print(1 in [Weird()], [Weird()].count(5), [Weird()].index(7))
nan = float('nan')
l = [nan]
print(nan in l, l == l, l.count(nan), [nan] == [float('nan')])
