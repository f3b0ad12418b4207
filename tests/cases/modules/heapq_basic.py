import _heapq

h = []
for x in [5, 7, 9, 1, 3, 8, 2]:
    _heapq.heappush(h, x)
print(h)
print([_heapq.heappop(h) for _ in range(len(h))], h)
l = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
_heapq.heapify(l)
print(l)
print(_heapq.heapreplace(l, 10), l)
print(_heapq.heappushpop(l, -1), _heapq.heappushpop(l, 4), l)
print(_heapq.heappushpop([], 5))
words = ['pear', 'apple', 'fig', 'banana']
_heapq.heapify(words)
print([_heapq.heappop(words) for _ in range(4)])
pq = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    _heapq.heappush(pq, item)
print([_heapq.heappop(pq) for _ in range(4)])
class L(list):
    pass
ll = L([3, 1, 2])
_heapq.heapify(ll)
_heapq.heappush(ll, 0)
print(ll, type(ll).__name__)
print(sorted(n for n in dir(_heapq) if not n.startswith('__')), _heapq.heappush)
