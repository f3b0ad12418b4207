import _contextvars as cv
v = cv.ContextVar("v")
w = cv.ContextVar("w", default=3)
print(v.name, w.name, w.get(), v.get("dflt"), w.get(None))
try:
    v.get()
except LookupError as e:
    print(type(e).__name__, e.args[0] is v)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
v.reset(t)
print(v.get(None))
print(repr(w).startswith("<ContextVar name='w' default=3 at 0x"))
print(type(v).__module__, type(t).__name__, cv.ContextVar[int])
