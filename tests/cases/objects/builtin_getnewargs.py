# __getnewargs__ of the builtin immutable types, and float.__getformat__.
for v in (0, -7, 2**80, True, 1.5, -0.0, float('inf'), 2j, complex(1, -1), '', 'text', b'', b'by',
          (), (1, (2,))):
    print(type(v).__name__, repr(v), type(v).__getnewargs__(v))
print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ('long', 1):
    try:
        float.__getformat__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hasattr(float, '__setformat__'), hasattr(float, '__getformat__'))
for t in (int, float, complex, str, bytes, tuple):
    print(t.__name__, type(t.__dict__['__getnewargs__']).__name__)
try:
    int.__getnewargs__(1, 2)
except TypeError as e:
    print('TypeError', e)


class MyStr(str):
    pass


print(MyStr('x').__getnewargs__(), type(MyStr('x').__getnewargs__()[0]).__name__)
