class Tree:
    def __init__(self, label, left=None, right=None):
        self.label = label
        self.left = left
        self.right = right
    def __iter__(self):
        if self.left:
            for x in self.left:
                yield x
        yield self.label
        if self.right:
            for x in self.right:
                yield x
def tree(lst):
    n = len(lst)
    if n == 0:
        return []
    i = n // 2
    return Tree(lst[i], tree(lst[:i]), tree(lst[i + 1:]))
t = tree("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print("".join(t))
def inorder(t):
    if t:
        for x in inorder(t.left):
            yield x
        yield t.label
        for x in inorder(t.right):
            yield x
print("".join(inorder(t)))
def inorder_nonrec(node):
    stack = []
    while node:
        while node.left:
            stack.append(node)
            node = node.left
        yield node.label
        while not node.right:
            try:
                node = stack.pop()
            except IndexError:
                return
            yield node.label
        node = node.right
print("".join(inorder_nonrec(t)))
def preorder(t):
    if t:
        yield t.label
        yield from preorder(t.left)
        yield from preorder(t.right)
print("".join(preorder(t)))
