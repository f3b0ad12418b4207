def gen():
    try:
        yield 1
        me.close()
    except ValueError as e:
        yield 'close inside: ' + str(e)
me = gen()
print(next(me))
print(next(me))
me.close()
