# Shared and recursive references are preserved by the memo.
import pickle


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node('root')
kid = Node('kid')
kid.parent = root
root.children.append(kid)
root.children.append(kid)
lst = [1]
lst.append(lst)
d = {'k': None}
d['k'] = d
shared = [0]
pair = (shared, shared)
for proto in range(6):
    r = pickle.loads(pickle.dumps(root, proto))
    print(proto, r.children[0] is r.children[1], r.children[0].parent is r, r.children[0].name)
    l2 = pickle.loads(pickle.dumps(lst, proto))
    print(proto, l2[1] is l2, l2[0])
    d2 = pickle.loads(pickle.dumps(d, proto))
    print(proto, d2['k'] is d2)
    p2 = pickle.loads(pickle.dumps(pair, proto))
    print(proto, p2[0] is p2[1], p2)
t = ([],)
t[0].append(t)
t2 = pickle.loads(pickle.dumps(t, 2))
print(t2[0][0] is t2)
