x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
l = [0, 1, 2, 3, 4]
del l[0]; del l[-1]; del l[::2]; print(l)
d = {'a': 1, 'b': 2}
del d['a']; print(d)
class C: pass
c = C(); c.a = 1
del c.a; print(hasattr(c, 'a'))
a, b = 1, 2
del a, b
try:
    del undefined_name
except NameError as e:
    print(type(e).__name__, e)
def f():
    y = 1
    del y
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
f()
e = 'before'
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("except var deleted:", ne)
