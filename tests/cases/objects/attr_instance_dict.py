class Foo:
    cls_attr = 1
f = Foo()
f.x = 10
print(f.__dict__)
print(f.x, f.cls_attr)
f.cls_attr = 2
print(f.cls_attr, Foo.cls_attr, f.__dict__)
del f.cls_attr
print(f.cls_attr)
try:
    f.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.y
except AttributeError as e:
    print(type(e).__name__, e)
f.__dict__['z'] = 3
print(f.z, sorted(vars(f)))
