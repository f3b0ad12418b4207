def gen():
    while True:
        try:
            x = yield
            print('got', x)
        except ValueError as e:
            print('handled', e)
g = gen()
next(g)
g.send(1)
g.throw(ValueError('v1'))
g.send(2)
g.throw(ValueError('v2'))
g.send(3)
g.close()
print(g.gi_frame)
