# deepcopy descends into lists, dicts, tuples, sets and user objects inside them.
import copy


class Leaf:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Leaf) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


data = {'list': [Leaf(1), [Leaf(2)]], 'tuple': (Leaf(3), 'x'), 'set': frozenset({Leaf(4)}),
        'nested': {'k': [1, 2, {3: Leaf(5)}]}, 5: b'bytes'}
c = copy.deepcopy(data)
print(c == data, c is data)
print(c['list'][0] is data['list'][0], c['list'][1][0] == data['list'][1][0])
print(c['tuple'] is data['tuple'], c['tuple'][0] is data['tuple'][0], c['tuple'][1] is data['tuple'][1])
print(c['set'] == data['set'], next(iter(c['set'])) is next(iter(data['set'])))
print(c['nested']['k'][2][3].v, c[5] is data[5])
s = copy.copy(data)
print(s['list'] is data['list'], s is not data)
print(copy.deepcopy(set([1, 2])) == {1, 2}, type(copy.deepcopy(bytearray(b'a'))).__name__)
big = list(range(1000))
print(copy.deepcopy([big, big])[0] is not big, len(copy.deepcopy(big)))
