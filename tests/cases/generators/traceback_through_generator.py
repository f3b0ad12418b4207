def bad():
    raise ValueError("deep")
def gen():
    yield 1
    bad()
def consume():
    for x in gen():
        pass
try:
    consume()
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
def gen_throw():
    try:
        yield
    except KeyError:
        raise TypeError("converted")
g = gen_throw(); next(g)
try:
    g.throw(KeyError('x'))
except TypeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names, repr(e.__context__))
