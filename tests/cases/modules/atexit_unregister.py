import atexit
def a(): print("a")
def b(): print("b")
atexit.register(a)
atexit.register(b)
atexit.register(a)
n = atexit._ncallbacks()
atexit.unregister(a)
print(atexit._ncallbacks() == n - 2)
atexit.unregister(print)
try:
    atexit.register()
except TypeError as e:
    print(e)
try:
    atexit.register(1)
except TypeError as e:
    print(e)
try:
    atexit.unregister()
except TypeError as e:
    print(e)
