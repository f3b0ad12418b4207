s = {1, 2}
orig = s
s |= {3}
s &= {1, 2, 3}
s -= {9}
s ^= {4}
print(s, s is orig)
f = frozenset({1})
of = f
f |= {2}
print(f, f is of, of)
a = {1, 2, 3}
print(a - {1} - {2}, a ^ a, a & set(), type(frozenset({1}) & {1}).__name__, type({1} & frozenset({1})).__name__)
try:
    s |= [5]
except TypeError as e:
    print(type(e).__name__, e)
