def f():
    try:
        yield
    except GeneratorExit:
        print("exiting")
g = f()
next(g)
g.close()
g.close()
f().close()
def f2():
    yield
f2().close()
g = f2()
next(g)
g.close()
def f3():
    try:
        yield
    except Exception:
        print('except')
    finally:
        print('finally')
g = f3()
next(g)
g.close()
def f4():
    try:
        yield
    except GeneratorExit:
        yield "foo!"
g = f4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
g.close()
def f5():
    try:
        yield
    except GeneratorExit:
        raise TypeError("fie!")
g = f5()
next(g)
try:
    g.close()
except TypeError as e:
    print(type(e).__name__, e)
