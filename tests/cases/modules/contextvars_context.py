import _contextvars as cv
v = cv.ContextVar("v", default=0)
ctx = cv.copy_context()
def body(x):
    v.set(x)
    return v.get()
print(ctx.run(body, 5), v.get(), ctx[v], ctx.get(v), v in ctx, len(ctx))
print(list(ctx) == [v], list(ctx.keys()) == [v], list(ctx.values()), [(k is v, val) for k, val in ctx.items()])
c2 = ctx.copy()
c2.run(body, 7)
print(ctx[v], c2[v], ctx == c2, ctx == ctx.copy())
empty = cv.Context()
print(len(empty), empty.get(v, "none"))
try:
    empty[v]
except KeyError:
    print("KeyError")
try:
    empty[1]
except TypeError as e:
    print(e)
def reenter():
    return ctx.run(reenter)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print(str(e).split(" <")[0])
try:
    cv.Context(1)
except TypeError as e:
    print(e)
try:
    hash(ctx)
except TypeError as e:
    print(e)
