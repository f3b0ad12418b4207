print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float, int)), isinstance(1, (str, (bytes, int))))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), isinstance(int, type), isinstance(type, object))
print(isinstance(None, type(None)), isinstance([], list | tuple), isinstance(1, int | None), issubclass(bool, int | str))
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, (int, 1))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", obj)
        return obj == 42
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance(42, Magic), isinstance(1, Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(Magic(), Magic))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, A)))
