d = {x: x * x for x in range(5)}
print(d)
inv = {v: k for k, v in d.items()}
print(inv)
words = ['apple', 'bob', 'cat', 'apple']
print({w: len(w) for w in words})
print({len(w) for w in words} == {3, 5})
nested = {i: {j: i * j for j in range(3)} for i in range(2)}
print(nested)
print({k: v for k, v in zip('abc', range(3)) if v != 1})
