class MyGen:
    def __iter__(self):
        return self
    def __next__(self):
        return 42
    def send(self, what):
        nonlocal_v.append(what)
        return None
nonlocal_v = []
def outer():
    yield from MyGen()
g = outer()
next(g)
g.send((1, 2, 3, 4))
print(nonlocal_v)
