class H:
    def __init__(self, r): self.r = r
    def __hash__(self): return self.r
print(hash(H(5)), hash(H(-1)), hash(H(2**70)) == hash(2**70))
try:
    hash(H('x'))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(H(1.5))
except TypeError as e:
    print(type(e).__name__, e)
class BI(int): pass
print(hash(H(BI(7))))
