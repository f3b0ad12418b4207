# Objects without a usable state layout cannot be copied (CPython's TypeError messages).
import copy
import sys
import threading


def gen():
    yield


for name, obj in [('generator', gen()), ('module', sys), ('lock', threading.Lock()),
                  ('frame', sys._getframe()), ('staticmethod', staticmethod(len)),
                  ('classmethod', classmethod(len))]:
    for fn in (copy.copy, copy.deepcopy):
        try:
            fn(obj)
            print(name, fn.__name__, 'copied')
        except TypeError as e:
            print(name, fn.__name__, 'TypeError', e)


class Refuses:
    def __reduce_ex__(self, proto):
        raise TypeError('refused ' + str(proto))


try:
    copy.copy(Refuses())
except TypeError as e:
    print('TypeError', e)
try:
    copy.deepcopy(Refuses())
except TypeError as e:
    print('TypeError', e)
try:
    copy.copy(object()).x = 1
except AttributeError as e:
    print('AttributeError', e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
