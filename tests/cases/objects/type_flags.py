# type.__flags__: the Py_TPFLAGS bits Python code relies on.
import abc

HEAPTYPE, BASETYPE, IMMUTABLE, ABSTRACT = 1 << 9, 1 << 10, 1 << 8, 1 << 20
SUBCLASS = {'int': 1 << 24, 'list': 1 << 25, 'tuple': 1 << 26, 'bytes': 1 << 27, 'str': 1 << 28,
            'dict': 1 << 29, 'BaseException': 1 << 30, 'type': 1 << 31}


class Plain:
    pass


class MyInt(int):
    pass


class MyErr(ValueError):
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


for t in (object, int, bool, str, list, dict, tuple, bytes, type, ValueError, Plain, MyInt, MyErr,
          Abstract, abc.ABCMeta, range, memoryview):
    f = t.__flags__
    print(t.__name__, bool(f & HEAPTYPE), bool(f & BASETYPE), bool(f & IMMUTABLE), bool(f & ABSTRACT),
          [k for k, bit in SUBCLASS.items() if f & bit])
