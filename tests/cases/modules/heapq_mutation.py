import _heapq

class Evil:
    def __init__(self, v, heap=None):
        self.v = v
        self.heap = heap
    def __lt__(self, o):
        if self.heap is not None and self.heap:
            self.heap.clear()
        return self.v < o.v
    def __repr__(self):
        return f'E{self.v}'

h = [Evil(1), Evil(2)]
try:
    _heapq.heappush(h, Evil(0, h))
except Exception as e:
    print(type(e).__name__, e)
print(h)
h = [Evil(1), Evil(3), Evil(2)]
h[1].heap = h
try:
    _heapq.heappop(h)
except Exception as e:
    print(type(e).__name__, e)
print(h)
class Grow:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap
    def __lt__(self, o):
        self.heap.append(Grow(99, self.heap))
        return self.v < o.v
h = []
h.append(Grow(2, h))
try:
    _heapq.heappush(h, Grow(1, h))
except Exception as e:
    print(type(e).__name__, e)
print(len(h))
