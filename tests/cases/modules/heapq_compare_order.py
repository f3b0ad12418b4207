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

def show(label, result=None):
    print(label, result, log)
    log.clear()

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    _heapq.heappush(h, V(x))
show('push', h)
show('pop', _heapq.heappop(h))
show('pop', _heapq.heappop(h))
l = [V(x) for x in [9, 4, 7, 1, 8, 2, 6, 3]]
_heapq.heapify(l)
show('heapify', l)
show('pushpop small', _heapq.heappushpop(l, V(0)))
show('pushpop big', _heapq.heappushpop(l, V(5)))
show('replace', _heapq.heapreplace(l, V(10)))
show('state', l)
class OnlyGt:
    def __gt__(self, o):
        log.append('gt')
        return False
a, b = OnlyGt(), OnlyGt()
h = [a]
_heapq.heappush(h, b)
show('reflected', h == [a, b])
