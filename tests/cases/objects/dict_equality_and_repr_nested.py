a = {'x': [1, {'y': (2, 3)}], 'z': None}
b = {'z': None, 'x': [1, {'y': (2, 3)}]}
print(a == b, a != b, list(a) == list(b))
print(a, repr(b))
print(str({1: 'a', 'b': 2.5, (1,): [None, True]}))
print({'k': "v'q"}, {'k': 'v"q'}, {"'": '"'})
print(dict(a=1) == {'a': 1.0}, {1: 1} == {True: True}, {} == dict())
