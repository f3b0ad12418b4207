stop = False
def gen():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring")
            if stop:
                print("now stopping")
                return
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(g.gi_suspended, g.gi_frame is not None)
stop = True
g.close()
print(g.gi_frame)
def gen2():
    try:
        yield 1
    finally:
        yield 2
g2 = gen2()
next(g2)
try:
    g2.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(g2.gi_suspended)
g2.close()
print(g2.gi_suspended, g2.gi_frame)
