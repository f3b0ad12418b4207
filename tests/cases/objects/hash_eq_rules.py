class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
s = {Both(1), Both(1), Both(2)}
print(len(s))
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, p != p)
class Sub(Both):
    def __eq__(self, o): return False
print(Sub.__hash__)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5) == hash(0.5))
print(hash((1, 2)) == hash((1, 2)), hash(2**61 - 1), hash(2**61))
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
