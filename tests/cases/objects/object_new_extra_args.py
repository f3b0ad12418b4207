class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)
class OnlyNew:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o
print(OnlyNew(2).a)
class BadSuperNew:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    BadSuperNew(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
