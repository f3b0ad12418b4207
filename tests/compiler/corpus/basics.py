"""Module docstring."""
import os
import os.path as osp
import a.b.c
from . import x
from ..m import (y as z, w)
from q import *
x = 1
y = -2
z = 2 ** 10
t = (1, 2, (3, 4))
a, *b, c = t
d = e = [1, *t, 3]
s = {1, 2}
m = {'a': 1, **m, 'b': 2}
n = {1: 2, 3: 4}
del x, y
x += 1
o.attr += 2
o[k] += 3
o.attr.b = 4
o[1:2] = 5
print(f"{x!r:>{w}} and {y}")
q = a if b else c
r = a and b or c
u = 1 < x < 3
v = not x in y
assert x, "msg"
assert y
lst = [i * 2 for i in range(10) if i % 2]
st = {i for i in lst}
dc = {k: v for k, v in n.items()}
gn = (j for j in lst for k in j)
lam = lambda p, *args, q=1, **kw: p + q
f(*args, **kw)
f(a, *args, b=1, **kw)
f(1, 2, k=3)
o.meth(1, k=2)
os.getcwd()
while x:
    if y:
        break
    elif z:
        continue
    x -= 1
else:
    pass
for i in [1, 2, 3]:
    print(i)
