from array import array

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

a = array("h", range(12))
del a[0]
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::3]
print(a)
del a[::-2]
print(a)
del a[5:]
del a[100:]
print(a)
del a[:]
print(a, len(a))
def d1():
    del a[0]
t(d1)
b = array("d", [1.0, 2.0, 3.0])
def d2():
    del b[5]
def d3():
    del b["x"]
t(d2)
t(d3)
del b[-3]
print(b)
c = array("u", "abcdef")
del c[1::2]
print(c)
