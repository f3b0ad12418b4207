import queue, threading
q = queue.Queue()
def producer(n):
    for i in range(n):
        q.put((threading.current_thread().name, i))
threads = [threading.Thread(target=producer, args=(2,), name="P%d" % k) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
items = []
while not q.empty():
    items.append(q.get())
print(sorted(items))
b = threading.Barrier(1)
print(b.wait(), b.parties)
timer = threading.Timer(0, lambda: None)
print(type(timer).__name__, timer.daemon)
