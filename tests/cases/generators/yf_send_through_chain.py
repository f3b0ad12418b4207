def echo():
    received = []
    while True:
        x = yield len(received)
        if x == 'stop':
            return received
        received.append(x)
def relay():
    r = yield from echo()
    yield ('relay got', r)
g = relay()
print(next(g), g.send('a'), g.send('b'), g.send('stop'))
