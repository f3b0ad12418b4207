# deepcopy keeps sharing and cycles, and uses the memo it is given.
import copy


class Node:
    def __init__(self):
        self.peers = []


a = Node()
b = Node()
a.peers.append(b)
b.peers.append(a)
a2 = copy.deepcopy(a)
print(a2.peers[0].peers[0] is a2, a2 is not a)
shared = [1]
x = [shared, shared, (shared,)]
y = copy.deepcopy(x)
print(y[0] is y[1], y[2][0] is y[0], y[0] is not shared)
memo = {}
z = copy.deepcopy(x, memo)
print(id(shared) in memo, memo[id(shared)] is z[0], id(x) in memo)
pre = {id(shared): 'replaced'}
print(copy.deepcopy(x, pre))
r = []
r.append(r)
r2 = copy.deepcopy(r)
print(r2[0] is r2, r2 is not r)
d = {}
d[1] = d
d2 = copy.deepcopy(d)
print(d2[1] is d2)
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is not t)


class Tracked:
    def __deepcopy__(self, memo):
        print('memo has', sum(1 for k in memo if isinstance(k, int)) > 0)
        return 'tracked copy'


print(copy.deepcopy([Tracked()]))
