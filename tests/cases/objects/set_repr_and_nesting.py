print(set(), {1}, frozenset({1}), {frozenset({2})}, frozenset({frozenset()}))
r = set()
print(repr(r), str(frozenset()), len({()}), {(), ()} == {()})
class S(set): pass
print(S([1]), repr(S()))
class FS(frozenset): pass
print(FS([2]), type(FS([1]) | {3}).__name__)
s = {1, 2, 3}
print(1 in s, s.__contains__(4), len(s), sum(s), max(s), sorted(s, reverse=True))
