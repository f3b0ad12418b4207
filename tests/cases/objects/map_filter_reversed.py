print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, '', 'a', None, []])), list(filter(lambda x: x % 2, range(7))))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))))
class R:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(R())))
class RR:
    def __reversed__(self): return iter('zyx')
print(list(reversed(RR())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
m = map(lambda x: x * 2, [1, 2])
print(next(m), list(m), list(m))
