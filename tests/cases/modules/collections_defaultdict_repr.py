from _collections import defaultdict

print(defaultdict(int), defaultdict(None), defaultdict(list, {1: [2]}))
def fac():
    return 0
r = repr(defaultdict(fac, {"k": 1}))
print(r.startswith("defaultdict(<function fac at"), r.endswith(">, {'k': 1})"))
class F:
    def __call__(self):
        return 1
    def __repr__(self):
        return "F()"
print(defaultdict(F()))
d = defaultdict(list)
d[1] = d
print(d)
class Sub(defaultdict):
    pass
print(Sub(int, {2: 3}))
class Rec:
    def __init__(self):
        self.d = None
    def __call__(self):
        return 0
    def __repr__(self):
        return "Rec(" + repr(self.d) + ")"
rec = Rec()
dd = defaultdict(rec)
rec.d = dd
print(dd)
print(str(defaultdict(str, a="b")))
