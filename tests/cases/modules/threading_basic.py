import threading
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), threading.get_ident() == threading.main_thread().ident)
lock = threading.Lock()
with lock:
    print(lock.locked())
r = threading.RLock()
with r:
    with r:
        print("rlock ok")
c = threading.Condition()
with c:
    print(c.wait(0.01))
e = threading.Event()
print(e.is_set(), e.wait(0.01))
e.set()
print(e.is_set(), e.wait())
s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(timeout=0.01))
loc = threading.local()
loc.a = 5
print(loc.a)
