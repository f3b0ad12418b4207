def gen():
    yield helper()
def helper():
    return g.gi_running, g.gi_suspended
g = gen()
print(next(g))
print(g.gi_running, g.gi_suspended)
g.close()
print(g.gi_running, g.gi_suspended)
