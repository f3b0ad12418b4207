import threading
results = []
def work(n):
    results.append((n, threading.current_thread().name))
threads = [threading.Thread(target=work, args=(i,), name="T%d" % i) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.is_alive() for t in threads])
