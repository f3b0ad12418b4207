# __dict__ of functions and builtin types' instances cannot be deleted; a class's instances can.
import functools


def f():
    pass


for obj in [f, functools.partial(hex)]:
    try:
        del obj.__dict__
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        obj.__dict__ = 1
    except TypeError as e:
        print(type(e).__name__, e)


class P(functools.partial):
    pass


try:
    del P(hex).__dict__
except TypeError as e:
    print(type(e).__name__, e)


class B:
    pass


b = B()
b.x = 1
del b.__dict__
print(b.__dict__)
