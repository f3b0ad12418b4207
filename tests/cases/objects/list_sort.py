words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b'), (2, 'x'), (1, 'c')]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True); print(pairs)
nums = [5, -3, 2.5, 0, -1, 10**20, -(10**20)]
nums.sort(); print(nums)
print(sorted(nums, key=abs), sorted([[2, 1], [1, 2], [1]]), sorted((3, 1, 2)), sorted('cab'), sorted({3: 0, 1: 0}))
print(sorted([], reverse=True), [3, 1].sort())
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), min(K(3), K(1)), max([K(3), K(5)]))
l = [3, 1, 2]
def key(x):
    return -x
l.sort(key=key); print(l)
