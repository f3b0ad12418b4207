import atexit
def f(*args, **kw):
    print("f", args, kw)
print(atexit.register(f, 1, 2, k=3) is f)
atexit.register(print, "registered second")
atexit.register(lambda: print("registered last, runs first"))
print("end of script")
