# Subclasses of builtins keep their type, value and attributes under copy and deepcopy.
import copy


class L(list):
    pass


class D(dict):
    pass


class S(set):
    pass


class I(int):
    pass


class St(str):
    pass


class T(tuple):
    pass


objs = [L([1, [2]]), D(a=[1]), S({1, 2}), I(5), St('s'), T((1, [2]))]
for o in objs:
    o.attr = [type(o).__name__]
for o in objs:
    c = copy.copy(o)
    d = copy.deepcopy(o)
    print(type(c).__name__, c == o, c is o, c.attr is o.attr, type(d).__name__, d == o, d.attr is o.attr)
l = objs[0]
print(copy.copy(l)[1] is l[1], copy.deepcopy(l)[1] is l[1])
dd = objs[1]
print(copy.copy(dd)['a'] is dd['a'], copy.deepcopy(dd)['a'] is dd['a'])
print(copy.copy([1, 2]), copy.copy({'a': 1}), copy.copy({1}), copy.deepcopy([[1], {2: [3]}]))
