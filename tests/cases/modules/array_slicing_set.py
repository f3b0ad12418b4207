from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = array("i", range(10))
a[2:5] = array("i", [20, 30])
print(a)
a[:0] = array("i", [-1, -2])
print(a)
a[len(a):] = array("i", [99])
print(a)
a[::3] = array("i", [0] * len(a[::3]))
print(a)
a[1:3] = a
print(a)
a[:] = array("i")
print(a)
b = array("b", range(6))
def s1():
    b[0:2] = [1, 2]
def s2():
    b[0:2] = array("i", [1])
def s3():
    b[::2] = array("b", [1])
def s4():
    b[10] = 1
def s5():
    b["x"] = 1
t(s1)
t(s2)
t(s3)
t(s4)
t(s5)
b[5:1:-2] = array("b", [7, 8])
print(b)
b[-1] = 50
b[0] = -50
print(b)
b[4:2] = array("b", [9, 9])
print(b)
