import contextvars
var = contextvars.ContextVar("var", default="main")
def child():
    var.set("child")
    return var.get()
ctx = contextvars.copy_context()
print(ctx.run(child), var.get())
def nested():
    inner = contextvars.copy_context()
    return inner.run(lambda: var.get())
print(ctx.run(nested))
print(contextvars.Context, contextvars.ContextVar, contextvars.Token)
