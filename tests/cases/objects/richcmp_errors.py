for a, b in [(1, 'a'), ([], ()), (None, None), ({}, {}), (1j, 2j)]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, 2] <= [1, 'x']
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 2, 0], (1, 'a') < (2,), [1, 'x'] == [1, 2])
print(1 == 1.0, 1 == True, {1: 2} == {1.0: 2})
print(None == 0, None != None, 'a' < 'b' < 'c')
