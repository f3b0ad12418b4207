def gen():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)
g = gen()
next(g)
g.throw(ValueError)
g.throw(ValueError, "with value")
g.throw(ValueError, ("tuple", "args"))
g.throw(TypeError, TypeError("instance"))
try:
    raise KeyError("tb")
except KeyError as e:
    tb = e.__traceback__
g.throw(KeyError, KeyError("with tb"), tb)
try:
    g.throw(ValueError("inst"), "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(ValueError, None, 5)
except TypeError as e:
    print(type(e).__name__, e)
g.close()
