import _weakref
for v in [1, "s", (1,), [1], {1: 2}, None, 1.5, b"x", True, object()]:
    try:
        _weakref.ref(v)
        print("ok", type(v).__name__)
    except TypeError as e:
        print(e)
class I(int): pass
class T(tuple): pass
class S(str): pass
for v in [I(1), T(), S("a")]:
    try:
        _weakref.ref(v)
        print("ok", type(v).__name__)
    except TypeError as e:
        print(e)
