def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = gen()
print(next(g))
print(g.close())
print(g.gi_frame)
g.close()
try:
    next(g)
except StopIteration:
    print("closed")
g2 = gen()
g2.close()
print("closing unstarted prints nothing")
g3 = gen()
list(g3)
g3.close()
