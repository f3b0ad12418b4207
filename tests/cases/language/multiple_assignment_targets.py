a = b = c = 1
print(a, b, c)
x = [0, 0]
i = 0
i, x[i] = 1, 2
print(i, x)
class O: pass
o = O()
o.a, o.b = 'A', 'B'
print(o.a, o.b)
d = {}
d['x'], d['y'] = d['z'] = (1, 2)
print(d)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
s = slice(0, 2)
l[s] = ['x']
print(l)
