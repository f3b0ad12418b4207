# Immutable and "atomic" objects: copy and deepcopy return the object itself.
import copy
import types


def f():
    pass


class K:
    pass


atoms = [None, True, 1, 2**100, 1.5, 1j, 'str', b'bytes', Ellipsis, NotImplemented, f, K, len,
         range(3), int, types.SimpleNamespace, frozenset(), (), K.__init__, f.__code__,
         slice(1, 2), property()]
print([copy.copy(a) is a for a in atoms])
print([copy.deepcopy(a) is a for a in atoms[:-1]])
t = (1, 'a', (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
print(copy.copy(t2) is t2, copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)
fs = frozenset({1, 2})
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)
print(copy.copy(bytearray(b'x')) == bytearray(b'x'), copy.copy(bytearray(b'x')) is not None)
ns = types.SimpleNamespace(a=[1])
n2 = copy.copy(ns)
print(n2 == ns, n2 is ns, n2.a is ns.a, copy.deepcopy(ns).a is ns.a)
