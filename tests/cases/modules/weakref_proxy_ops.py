import _weakref
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return ("add", o)
    def __radd__(self, o): return ("radd", o)
    def __mul__(self, o): return ("mul", o)
    def __neg__(self): return "neg"
    def __lt__(self, o): return "lt"
    def __eq__(self, o): return "eq"
    def __len__(self): return 3
    def __getitem__(self, k): return ("item", k)
    def __contains__(self, k): return k == 5
    def __bool__(self): return False
    def __str__(self): return "N-str"
    def __index__(self): return 7
    def __iter__(self): return iter([1, 2])
n = N(1)
p = _weakref.proxy(n)
print(p + 1, 1 + p, p * 2, -p, p < 1, p == 2)
print(len(p), p[0], 5 in p, 4 in p, bool(p), str(p), list(p))
print([10, 20, 30, 40, 50, 60, 70, 80][p])
class L(list): pass
lst = L([3, 1, 2])
q = _weakref.proxy(lst)
q.append(0)
q[0] = 9
print(lst, sorted(q), q + [5])
