import _thread
r = _thread.RLock()
print(type(r).__name__, r._is_owned(), repr(r).split(" at ")[0])
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count())
r.release()
try:
    r.release()
except RuntimeError as e:
    print(e)
with r:
    with r:
        print("nested", r._recursion_count())
r.acquire(); r.acquire(); r.acquire()
state = r._release_save()
print(state[0], state[1] == _thread.get_ident(), r._is_owned())
r._acquire_restore(state)
print(r._recursion_count())
for _ in range(3): r.release()
try:
    r._release_save()
except RuntimeError as e:
    print(e)
