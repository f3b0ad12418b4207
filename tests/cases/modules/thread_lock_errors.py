import _thread
l = _thread.allocate_lock()
for args in [(False, 1), (True, -2), (True, 1e300)]:
    try:
        l.acquire(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    _thread.LockType()
except TypeError as e:
    print(e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
l.acquire()
print(l.acquire(timeout=0.01))
