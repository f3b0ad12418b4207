import _heapq

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t(_heapq.heappush, 1, 2)
t(_heapq.heappush, (), 2)
t(_heapq.heappush, [])
t(_heapq.heappush, [], 1, 2)
t(_heapq.heappush, heap=[], item=1)
t(_heapq.heappop, 1)
t(_heapq.heappop)
t(_heapq.heappop, [], [])
t(_heapq.heappop, [])
t(_heapq.heapify, 1)
t(_heapq.heapify, (1,))
t(_heapq.heapify)
t(_heapq.heapreplace, [], 1)
t(_heapq.heapreplace, 1, 1)
t(_heapq.heappushpop, 1, 1)
t(_heapq._heappop_max, 1)
t(_heapq._heapify_max, 'abc')
t(_heapq._heapreplace_max, 1, 2)
t(_heapq.heappush, [1], 'a')
h = [1, 2]
t(_heapq.heappush, h, None)
print(h)
t(_heapq.heapify, [1, 'a', 2])
