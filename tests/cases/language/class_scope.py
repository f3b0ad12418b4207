x = 'global'
class C:
    x = 'class'
    y = x
    def m(self):
        return x
    lst = [x for _ in range(1)]
    def n(self):
        return C.x
print(C.y, C().m(), C.lst, C().n())
class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        err = str(e)
print(D.err)
def f():
    v = 'enclosing'
    class K:
        w = v
        def get(self):
            return v
    return K.w, K().get()
print(f())
def g():
    v = 'func'
    class K:
        v = 'class-level'
        def get(self):
            return v
    return K().get(), K.v
print(g())
