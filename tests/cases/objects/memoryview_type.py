def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(memoryview.__name__, memoryview.__qualname__, memoryview.__module__)
print(type(memoryview(b"")) is memoryview, isinstance(memoryview(b""), memoryview))
names = [n for n in dir(memoryview) if not n.startswith("_")]
print(names)
print(memoryview.__hash__ is not None, "__buffer__" in dir(memoryview))
print(type(iter(memoryview(b""))).__name__)
for name in ["__len__", "__getitem__", "__setitem__", "__delitem__", "__iter__", "__eq__", "__enter__", "__exit__"]:
    print(name, hasattr(memoryview, name))
t(lambda: memoryview.tobytes(b"x"))
t(lambda: memoryview.format.__get__(b"x"))
