def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5, [6]]])], [], 7])))
nested = [0]
for i in range(1, 60):
    nested = [nested, i]
print(sum(flatten(nested)), len(list(flatten(nested))))
