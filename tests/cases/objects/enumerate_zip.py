print(list(enumerate('abc')), list(enumerate('ab', 10)), list(enumerate([], start=-1)))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'end'), type(e).__name__)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2, 3], 'ab'), ([1], 'ab'), ([1, 2], 'ab', [0])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
