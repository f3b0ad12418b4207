import types, sys
print(vars(types.SimpleNamespace(a=1, b=2)))
class C:
    x = 1
v = vars(C)
print(type(v).__name__, v['x'], 'x' in v)
print(vars(sys) is sys.__dict__, '__name__' in vars(sys))
print(vars() is globals(), sorted(k for k in vars() if not k.startswith('__'))[:3])
def f():
    a = 1
    return vars()
print(f())
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
