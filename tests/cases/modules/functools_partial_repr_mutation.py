# partial's repr holds each keyword value before formatting its key (the key's __str__ may
# replace the value); cached_property on a metaclass cannot write to a mappingproxy.
import functools


def capture(*args, **kw):
    return args, kw


p = functools.partial(capture)


class MutatesYourDict:
    def __str__(self):
        p.keywords[self] = ["sth2"]
        return "astr"


p.keywords[MutatesYourDict()] = ["sth"]
r = repr(p)
print("astr" in r, "['sth']" in r)


class MyMeta(type):
    @functools.cached_property
    def prop(self):
        return True


class MyClass(metaclass=MyMeta):
    pass


try:
    MyClass.prop
except TypeError as e:
    print(type(e).__name__, e)
