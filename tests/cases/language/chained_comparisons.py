print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, 1 < 2 > 0, 3 > 2 > 1 > 0)
def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(0) < v(5))
print(v(3) < v(2) < v(5))
a = [1, 2]
print(1 in a in [[1, 2]], 'a' not in 'bcd' not in ['x'])
one = 1
print(one is one is not None, None is None == True)
x = 5
print(0 <= x < 10, 0 <= x < 5, -1 < -0.5 <= 0 == -0.0)
