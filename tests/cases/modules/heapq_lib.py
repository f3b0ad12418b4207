import heapq

data = [5, 1, 8, 3, 9, 2, 7]
h = list(data)
heapq.heapify(h)
print(h, [heapq.heappop(h) for _ in range(3)])
print(heapq.nlargest(3, data), heapq.nsmallest(3, data))
print(heapq.nlargest(2, data, key=lambda x: -x), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'bb'], ['c', 'ddd'], key=len)))
print(heapq.heappush.__module__, heapq._heapify_max.__module__, heapq.heappop is __import__('_heapq').heappop)
h = []
for v in data:
    heapq.heappush(h, (v % 3, v))
print([heapq.heappop(h) for _ in range(len(h))])
print(heapq.heappushpop([1, 2], 0), heapq.heapreplace([1, 2], 9))
