import json
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)): return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 'f': frozenset('ba')}, cls=SetEncoder))
try: json.dumps({'x': object()}, cls=SetEncoder)
except TypeError as e: print(e)
e = json.JSONEncoder(indent=2, separators=(',', ': '))
print(list(e.iterencode({'a': [1, {'b': None}]})))
print(''.join(json.JSONEncoder().iterencode([1, 'two', 3.0])))
print(json.JSONEncoder(ensure_ascii=False).encode('\xe9\n'), json.JSONEncoder().encode('\xe9\n'))
print(json.dumps('x' * 3, indent=4), json.dumps([1], indent=0), json.dumps({'a': [1, 2]}, indent=''))
from collections import OrderedDict
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))
class D(dict):
    def items(self): return [('fixed', 1)]
print(json.dumps(D(a=2)), json.dumps(D()))
