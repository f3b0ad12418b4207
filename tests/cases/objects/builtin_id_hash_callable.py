a = []; b = a; c = []
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
print(hash(1), hash(-1), hash(0), hash(True), hash(2**64) == hash(2**64 % (2**61 - 1)), hash(1.5) == hash(1.5))
print(hash(None) == hash(None), hash(()) == hash(()), hash(frozenset()) == hash(frozenset()))
print(callable(len), callable(lambda: 0), callable(int), callable('x'), callable(None), callable(print))
class C:
    def m(self): pass
print(callable(C), callable(C()), callable(C().m))
print(hash(3.0), hash(-0.0), hash(float('inf')), hash(-float('inf')))
