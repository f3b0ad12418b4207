import sys
def f(a, b):
    c = a + b
    frame = sys._getframe()
    print(sorted(frame.f_locals), frame.f_lineno)
    d = 4
    print(sorted(frame.f_locals), frame.f_lineno)
    return frame
fr = f(1, 2)
print(fr.f_code.co_name, fr.f_back is None if False else fr.f_back.f_code.co_name)
def g():
    return sys._getframe(0).f_code.co_varnames, sys._getframe(0).f_code.co_argcount
print(g())
def outer():
    x = 'outer-local'
    def inner():
        return sys._getframe(1).f_locals['x']
    return inner()
print(outer())
print(type(sys._getframe()).__name__, type(f.__code__).__name__)
