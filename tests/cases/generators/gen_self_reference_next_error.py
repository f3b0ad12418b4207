def gen():
    try:
        next(me)
    except ValueError as e:
        yield 'caught: ' + str(e)
me = gen()
print(next(me))
