import _thread
out = []
main = _thread.get_ident()
done1 = _thread.allocate_lock()
done2 = _thread.allocate_lock()
done1.acquire()
done2.acquire()
def f(a, b=0):
    out.append((a, b, _thread.get_ident() != main))
    done1.release()
def g():
    out.append("g")
    done2.release()
_thread.start_new_thread(f, (1,), {"b": 2})
done1.acquire()
_thread.start_new_thread(g, ())
done2.acquire()
print(out)
