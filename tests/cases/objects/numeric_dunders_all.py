class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'or', 'xor', 'matmul', 'divmod']:
    def fwd(self, o, name=name):
        return f"{name}({self.v},{o})"
    def ref(self, o, name=name):
        return f"r{name}({self.v},{o})"
    setattr(N, f"__{name}__", fwd)
    setattr(N, f"__r{name}__", ref)
a = N(1)
print(a + 2, a - 2, a * 2, a / 2, a // 2, a % 2, a ** 2)
print(a << 2, a >> 2, a & 2, a | 2, a ^ 2, a @ 2, divmod(a, 2))
print(2 + a, 2 - a, 2 * a, 2 / a, 2 // a, 2 % a, 2 ** a)
print(2 << a, 2 >> a, 2 & a, 2 | a, 2 ^ a, 2 @ a, divmod(2, a))
print(pow(a, 2), pow(2, a))
