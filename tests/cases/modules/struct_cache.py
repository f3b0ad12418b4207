import _struct

print(_struct.pack("<i", 1), _struct.pack(b"<i", 1), _struct.calcsize("<i"), _struct.calcsize(b"<i"))
for i in range(150):
    _struct.calcsize("<%dx" % i)
print(_struct._clearcache(), _struct.calcsize("<150x"))
s = _struct.Struct("<h")
print(_struct.unpack(s, b"\x01\x00") if False else "ok")
print(sorted(n for n in dir(_struct) if not n.startswith("__")))
print(_struct.error.__name__, _struct.error.__module__, _struct.error.__mro__[1].__name__)
print(issubclass(_struct.error, Exception), _struct.__doc__.splitlines()[0])
try:
    _struct.pack("y")
except _struct.error as e:
    print(type(e), e.args)
print(_struct.pack.__name__, _struct.pack.__module__ if False else "")
