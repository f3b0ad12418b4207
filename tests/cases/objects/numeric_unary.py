class N:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
    def __index__(self): return 3
    def __round__(self, n=None): return ("round", n)
n = N()
print(-n, +n, ~n, abs(n))
print(int(n), float(n), complex(n))
print(round(n), round(n, 2))
print([10, 20, 30, 40][n], hex(n), bin(n), oct(n))
print("ab" * n)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
