counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
def f(a=next_id(), b=[]):
    b.append(a)
    return b
print(f(), f(), f(100), counter)
def g(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(g(1), g(2))
val = 'early'
def h(v=val):
    return v
val = 'late'
print(h())
def kw(*, k=val):
    return k
print(kw(), kw.__kwdefaults__)
