class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o); return self
    def __add__(self, o):
        return "plain add"
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return "fallback mul"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
a *= 3
print(a)
class OnlyAdd:
    def __add__(self, o): return "add used"
x = OnlyAdd()
x += 1
print(x)
l = [1]
l2 = l
l += [2]
print(l is l2, l)
t = (1,)
t2 = t
t += (2,)
print(t is t2, t)
for op in ['-=', '*=', '/=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']:
    v = 7
    exec(f"v {op} 2")
    print(op, v)
