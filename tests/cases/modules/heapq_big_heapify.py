import _heapq

count = 0
class W:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        global count
        count += 1
        return self.v < o.v

for n in (2500, 2501, 3000, 5000):
    data = [W((i * 7919) % 10007) for i in range(n)]
    count = 0
    _heapq.heapify(data)
    ok = all(not (data[(i - 1) // 2].v > data[i].v) for i in range(1, n))
    first = [data[i].v for i in range(6)]
    print(n, count, ok, first)
m = [(i * 37) % 4001 for i in range(4000)]
_heapq._heapify_max(m)
print(m[:8], all(m[(i - 1) // 2] >= m[i] for i in range(1, len(m))))
out = [_heapq.heappop(m) for _ in range(3)]
print(out)
