A = {1, 2, 3, 4}
B = {3, 4, 5, 6}
C = frozenset({4, 6, 7})
print(sorted(A | B | C), sorted(A & B & C), sorted(A - B - C), sorted(A ^ B ^ C))
print(sorted((A | B) - (A & B)) == sorted(A ^ B), A - B == A.difference(B), (A & B) <= A, A | B >= B)
print(A.isdisjoint({9}), A.isdisjoint(B), {1, 2} < A, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, A > {1}, A >= A)
print(A == {4, 3, 2, 1}, A != B, frozenset(A) == A, {frozenset(A): 1}[frozenset({1, 2, 3, 4})])
print(sorted(A.union(B, C)), sorted(A.intersection([3, 4, 99], (4,))), sorted(A.difference([1], [2])), sorted(A.symmetric_difference(range(3, 8))))
print(len(A | set(range(100))), sum(A & B), max(A ^ B), min(C - A))
