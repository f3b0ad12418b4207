class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise MyError(404, "not found")
except MyError as e:
    print(e, repr(e), e.args, e.code)
class Plain(ValueError):
    pass
try:
    raise Plain("a", "b")
except ValueError as e:
    print(type(e).__name__, e, repr(e), isinstance(e, Exception))
class NoInit(Exception):
    def __init__(self):
        pass
e = NoInit()
print(repr(e), e.args, str(e))
class WithNew(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        return o
print(repr(WithNew(1, 2)))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise int
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
