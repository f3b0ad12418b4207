# mappingproxy compares as its mapping does (reflected operations included); a metaclass's
# classes keep type's __dict__ (a mappingproxy), not an instance dict of their own.
import types

d = {"a": 1}
p = types.MappingProxyType(d)
q = types.MappingProxyType({"a": 1})
print(p == p, p == q, p != q, p == {"a": 1}, {"a": 1} == p, p != {"a": 2}, p == 3)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    pass


class C(metaclass=Meta):
    x = 1


print(type(C.__dict__).__name__, "__dict__" in Meta.__dict__, C.__dict__["x"])
try:
    C.__dict__["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
C.y = 3
print(C.__dict__["y"], type(Meta.__dict__).__name__)
