# Py_TPFLAGS_SEQUENCE / MAPPING: set from __abc_tpflags__ by ABCMeta, inherited by subclasses,
# propagated by register(); `match` and __flags__ both read them.
import array
import collections
import collections.abc as cabc


class S:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


cabc.Sequence.register(S)


class SS(S):
    pass


class M(dict):
    pass


class L(list):
    pass


class MyMap(cabc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


values = [S(), SS(), M(), L(), MyMap(), collections.deque(), range(3), array.array("i"),
          "ab", b"", bytearray(), {}, collections.OrderedDict(), collections.UserList(),
          collections.UserDict(), 5]
for v in values:
    match v:
        case {}:
            kind = "mapping"
        case [*_]:
            kind = "sequence"
        case _:
            kind = "other"
    print(type(v).__name__, kind)
types = (list, tuple, range, dict, S, SS, M, MyMap, cabc.Sequence, cabc.Mapping, str)
print([bool(t.__flags__ & 32) for t in types])
print([bool(t.__flags__ & 64) for t in types])
print("__abc_tpflags__" in cabc.Sequence.__dict__)
try:
    class Both(cabc.Collection):
        __abc_tpflags__ = cabc.Sequence.__flags__ | cabc.Mapping.__flags__
except TypeError as e:
    print(type(e).__name__, e)
