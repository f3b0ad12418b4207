import _weakref
class C:
    pass
c = C()
r = _weakref.ref(c)
for call in [lambda: r(1), lambda: _weakref.ref(), lambda: _weakref.ref(c, None, 1), lambda: r(x=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(_weakref.getweakrefcount(1), _weakref.getweakrefs(1))
print(_weakref.ref[int])
