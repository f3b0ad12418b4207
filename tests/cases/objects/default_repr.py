class Foo:
    pass
r = repr(Foo())
print(r.startswith('<__main__.Foo object at 0x'), r.endswith('>'))
print(repr(Foo))
print(repr(int), repr(type), repr(len))
print(str(Foo) == repr(Foo))
class M(type):
    pass
class W(metaclass=M):
    pass
print(repr(W), repr(M))
