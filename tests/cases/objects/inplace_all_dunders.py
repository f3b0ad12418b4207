class R:
    def __init__(self): self.log = []
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul']:
    def make(name):
        def inplace(self, other):
            self.log.append(f'i{name}({other})')
            return self
        return inplace
    setattr(R, f'__i{name}__', make(name))
r = R()
orig = r
r += 1; r -= 2; r *= 3; r /= 4; r //= 5; r %= 6; r **= 7; r <<= 8; r >>= 9; r &= 10; r |= 11; r ^= 12; r @= 13
print(r is orig)
print(r.log)
class Imm:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Imm(self.v + o)
    def __matmul__(self, o): return Imm(self.v * 100 + o)
x = Imm(1)
y = x
x += 5
x @= 2
print(x.v, y.v, x is y)
