a = 256
b = 256
print(a == b)
x = [1, 2]
y = [1, 2]
print(x == y, x is y, x is not y)
t1 = ()
t2 = ()
print(t1 == t2, len(t1))
s = 'abc'
print(s == 'a' + 'bc', s.__eq__('abc'))
print(None is None, True is True, ... is ...)
