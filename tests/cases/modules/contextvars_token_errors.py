import _contextvars as cv
v = cv.ContextVar("v")
w = cv.ContextVar("w")
t = v.set(1)
v.reset(t)
for call in [lambda: v.reset(t), lambda: v.reset(w.set(1)), lambda: v.reset(1), lambda: cv.Token(), lambda: cv.ContextVar(1), lambda: cv.ContextVar("a", 1), lambda: v.set(), lambda: v.get(1, 2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
ctx = cv.copy_context()
t3 = ctx.run(v.set, 5)
try:
    v.reset(t3)
except ValueError as e:
    print(str(e).split(">")[-1])
try:
    class X(cv.ContextVar): pass
except TypeError as e:
    print(e)
