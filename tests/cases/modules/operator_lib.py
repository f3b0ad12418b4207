import operator

print(operator.__add__(1, 2), operator.__lt__(1, 2), operator.__not__(0), operator.__concat__('a', 'b'))
print(operator.__getitem__([1, 2], 0), operator.__index__(5), operator.__call__(len, 'ab'))
print(operator.__iadd__([1], [2]), operator.__ipow__(2, 3), operator.__inv__(1), operator.__matmul__ is operator.matmul)
print(operator.add is __import__('_operator').add, operator.attrgetter is __import__('_operator').attrgetter)
print(operator.itemgetter(1, 0)('ab'), operator.attrgetter('real')(5), operator.methodcaller('count', 'a')('banana'))
print(operator.length_hint(iter(range(5))), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'))
print(sorted(n for n in operator.__all__)[:8], len(operator.__all__))
import pickle
for obj in (operator.itemgetter(1), operator.attrgetter('a.b', 'c'), operator.methodcaller('m', 1, k=2)):
    print(repr(pickle.loads(pickle.dumps(obj))))
import copy
print(copy.copy(operator.methodcaller('upper'))('x'), copy.deepcopy(operator.itemgetter(0))('yz'))
