x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def g():
    del y
    y = 1
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def h():
    def inner():
        return z
    try:
        return inner()
    finally:
        pass
    z = 1
try:
    h()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(not_defined_anywhere)
except NameError as e:
    print(type(e).__name__, e)
def k():
    v = 1
    del v
    return v
try:
    k()
except UnboundLocalError as e:
    print(type(e).__name__, e)
