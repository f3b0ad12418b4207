from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), sorted(c.elements()))
print(c.most_common(2), c.most_common()[-1], c.total())
c.update("aaz")
c.update({"b": 10})
print(c)
c.subtract("aaaa")
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-1), -Counter(a=1, b=-1), Counter("aab") == Counter("aba"))
d = Counter()
for w in "the cat the hat the".split():
    d[w] += 1
print(d, dict(d))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), Counter({1: 2}).copy())
del c["z"]
print("z" in c, repr(Counter()), Counter("ab") <= Counter("aabb"))
