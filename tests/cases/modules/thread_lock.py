import _thread
l = _thread.allocate_lock()
print(type(l).__name__, type(l).__module__, _thread.LockType is type(l))
print(l.locked(), l.acquire(), l.locked())
print(l.acquire(False), l.acquire(blocking=False), l.acquire(True, 0))
l.release()
try:
    l.release()
except RuntimeError as e:
    print(e)
with l:
    print("inside", l.locked())
print(l.locked(), repr(l).split(" at ")[0])
print(l.acquire_lock(), l.locked_lock()); l.release_lock()
