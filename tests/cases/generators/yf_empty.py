def g():
    yield from ()
print(list(g()))
def h():
    r = yield from []
    yield r
print(list(h()))
def k():
    yield from iter(lambda: None, None)
print(list(k()))
