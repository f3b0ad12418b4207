class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k)
    def __eq__(self, o):
        print(f'eq {self.k} {getattr(o, "k", o)}')
        return isinstance(o, Key) and self.k == o.k
d = {Key(1): 'one'}
print(d[Key(1)])
print(Key(2) in d)
s = {Key(3)}
print(Key(3) in s)
class AlwaysSameHash:
    def __init__(self, n): self.n = n
    def __hash__(self): return 7
    def __eq__(self, o): return self.n == o.n
print(len({AlwaysSameHash(1), AlwaysSameHash(2), AlwaysSameHash(1)}))
print({1: 'int', 1.0: 'float'}, {True: 'a', 1: 'b'}, len({0, 0.0, False, -0.0}))
