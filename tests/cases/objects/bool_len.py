class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(L(0)), bool(L(3)), bool(B()), len(B()))
print("yes" if L(1) else "no", not L(0))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class Big:
    def __len__(self): return 2**70
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)
print(bool(object()), bool(''), bool(' '), bool(0.0), bool(-0.0), bool(0j), bool([]), bool(None))
