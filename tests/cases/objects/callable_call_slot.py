# Builtin types with a call slot list __call__ in their __dict__ (a slot wrapper), which
# collections.abc.Callable's subclass hook looks for.
import functools
from collections.abc import Callable


class A:
    def f(self):
        pass

    @classmethod
    def c(cls):
        return cls.__name__


kinds = [
    type(lambda: 0),
    type(len),
    type(A().f),
    type(list.append),
    type([].append),
    type(dict.__dict__["fromkeys"]),
    type(str.__add__),
    type("".__add__),
    staticmethod,
    type,
    functools.partial,
]
for t in kinds:
    print(t.__name__, "__call__" in t.__dict__, issubclass(t, Callable))
for v in [lambda: 0, len, A().f, [].append, type, int, object, list.append]:
    print(isinstance(v, Callable), end=" ")
print()
print(type(len).__dict__["__call__"](len, "abc"))
print(type(lambda: 0).__call__(lambda x: x * 2, 21))
fromkeys = dict.__dict__["fromkeys"]
print(fromkeys(dict, "ab"))
for args in [(), (1,), (list, "a")]:
    try:
        fromkeys(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type(len).__call__(1)
except TypeError as e:
    print(type(e).__name__, e)
