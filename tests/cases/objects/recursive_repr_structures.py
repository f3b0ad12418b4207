a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
nested = {'l': [1]}
nested['l'].append(nested)
print(nested)
s = [[]]
s[0].append(s)
print(s, len(repr(s)))
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f'Node({self.children!r})'
n = Node()
n.children.append(n)
print(repr(n))
class Self:
    def __repr__(self): return 'Self(' + repr(self) + ')'
try:
    repr(Self())
except RecursionError as e:
    print(type(e).__name__)
