import sys
def f():
    while True:
        try:
            print((yield))
        except ValueError as v:
            print("caught ValueError (%s)" % (v))
g = f()
next(g)
g.throw(ValueError)
g.throw(ValueError("xyz"))
g.throw(ValueError, ValueError(1))
g.throw(ValueError, TypeError(1))
g.throw(ValueError, ValueError(1), None)
for args in [(ValueError(1), "foo"), (ValueError, "foo", 23), ("abc",), (0,), (list,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)
def throw(g, exc):
    try:
        raise exc
    except:
        g.throw(*sys.exc_info())
throw(g, ValueError)
g.send(1)
try:
    throw(g, TypeError)
except TypeError as e:
    print('terminated with', type(e).__name__)
print(g.gi_frame)
try:
    g.send(2)
except StopIteration:
    print('StopIteration')
try:
    g.throw(ValueError, 6)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f().throw(ValueError, 7)
except ValueError as e:
    print(type(e).__name__, e)
