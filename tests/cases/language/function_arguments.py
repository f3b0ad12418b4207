def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{'c': 0, 'z': 1}))
def pos_only(a, b, /, c):
    return a, b, c
print(pos_only(1, 2, 3), pos_only(1, 2, c=3))
def kw_only(*, x, y=1):
    return x, y
print(kw_only(x=5))
def mixed(a, /, b, *, c):
    return a, b, c
print(mixed(1, 2, c=3), mixed(1, b=2, c=3))
def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_evaluated_once(1), defaults_evaluated_once(2))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos_only.__code__.co_posonlyargcount)
def kwonly_pos(a, /, **kw):
    return a, kw
print(kwonly_pos(1, a=2))
print(f.__code__.co_varnames)
