from decimal import *
import decimal
D = Decimal


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


orig = getcontext()
new = Context(prec=2)
setcontext(new)
print(getcontext() is new, D(10) / 3)
setcontext(DefaultContext)
print(getcontext() is DefaultContext, getcontext().prec, getcontext() == DefaultContext)
setcontext(BasicContext)
print(getcontext() is BasicContext, getcontext().prec, getcontext().rounding)
setcontext(orig)
print(getcontext() is orig)
show(lambda: setcontext(5))
show(lambda: setcontext())
show(lambda: getcontext(1))
import contextvars
def inner():
    getcontext().prec = 2
    return str(D(1) / 3)
print(contextvars.copy_context().run(inner), D(1) / 3)
import threading
res = []
def worker():
    res.append(getcontext().prec)
    getcontext().prec = 3
    res.append(str(D(1) / 7))
getcontext().prec = 10
t = threading.Thread(target=worker)
t.start()
t.join()
print(res, D(1) / 7)