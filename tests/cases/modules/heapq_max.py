import _heapq

log = []
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self):
        return f'V{self.v}'

l = [V(x) for x in [3, 9, 4, 7, 1, 8, 2]]
_heapq._heapify_max(l)
print(l, log)
log.clear()
print(_heapq._heappop_max(l), l, log)
log.clear()
print(_heapq._heapreplace_max(l, V(5)), l, log)
log.clear()
m = [1, 5, 3, 9, 7]
_heapq._heapify_max(m)
print(m, [_heapq._heappop_max(m) for _ in range(5)])
print(_heapq._heappop_max([4]))
for f in (_heapq._heappop_max,):
    try:
        f([])
    except IndexError as e:
        print('IndexError', e)
try:
    _heapq._heapreplace_max([], 1)
except IndexError as e:
    print('IndexError', e)
