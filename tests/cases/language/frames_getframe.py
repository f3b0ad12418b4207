import sys
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller())
def locals_of_caller():
    return sys._getframe(1).f_locals
def outer():
    secret = 42
    other = 'x'
    return locals_of_caller()
print(sorted(outer().items()))
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
print(depth(), (lambda: depth())())
def lineno():
    return sys._getframe(1).f_lineno
print(lineno())
print(lineno(),
      lineno())
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals(), f.f_code.co_filename)
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
