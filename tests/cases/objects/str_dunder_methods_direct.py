print(str.upper('abc'), str.join('-', ['a', 'b']), str.__add__('a', 'b'), str.__mul__('ab', 3), str.__mod__('%d', 5))
print(str.__len__('four'), str.__getitem__('abc', 1), str.__contains__('abc', 'c'), str.__lt__('a', 'b'), str.__eq__('a', 1))
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__add__('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
print(list.append.__qualname__, dict.get.__name__, int.__add__.__name__, str.upper.__objclass__.__name__ if hasattr(str.upper, '__objclass__') else '-')
l = []
list.append(l, 5)
dict.__setitem__(d := {}, 'k', 'v')
print(l, d, int.__add__(2, 3), float.__mul__(1.5, 2), tuple.__len__((1, 2)))
