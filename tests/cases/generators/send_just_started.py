def gen():
    x = yield 1
    print("x =", x)
g = gen()
try:
    g.send(42)
except TypeError as e:
    print(type(e).__name__, e)
print(next(g))
try:
    g.send('hello')
except StopIteration:
    print("done")
g2 = gen()
print(g2.send(None))
try:
    g2.send(1)
except StopIteration as e:
    print("stop", e.value)
try:
    g2.send(1)
except StopIteration as e:
    print("exhausted send raises StopIteration", e.value)
