class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
class A:
    x = Named()
    y = z = Named()
B = type('B', (), {'w': Named()})
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError('nope')
try:
    class C:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
class NotCallable:
    __set_name__ = None
try:
    class D:
        attr = NotCallable()
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
