class D(dict):
    def __missing__(self, k):
        print("missing", k)
        return k * 2
d = D(a=1)
print(d['a'], d['bb'], d.get('zz'), 'bb' in d)
print(d)
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
