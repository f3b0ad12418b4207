import json
print(json.dumps({'a': [1, 2.5, None, True, False, 'x']}))
print(json.dumps({'b': 1, 'a': 2, 'c': {'z': 0, 'y': 1}}, sort_keys=True))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'k': 'str'}))
print(json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, separators=(';', '=')))
print(json.dumps('\xe9\U0001f600'), json.dumps('\xe9\U0001f600', ensure_ascii=False))
print(json.dumps([float('inf'), float('-inf'), float('nan'), 1e100, 0.1, -0.0, 10**20]))
print(json.dumps((1, (2, 3))), json.dumps([]), json.dumps({}), json.dumps([[]]), json.dumps({'a': {}}))
print(json.dumps({(1, 2): 'x', 'ok': 1}, skipkeys=True))
import enum
class Color(enum.IntEnum):
    RED = 1
class F(float):
    def __repr__(self): return 'F!'
print(json.dumps([Color.RED, F(1.5), {Color.RED: 1}]))
class S(str): pass
print(json.dumps({S('k'): S('v')}))
print(json.dumps(object(), default=lambda o: 'default:' + type(o).__name__))
print(json.dumps([{1, 2}], default=sorted))
enc = json.JSONEncoder(sort_keys=True)
print(enc.encode({'b': [1], 'a': 'x'}), list(enc.iterencode([1, 'a'])))
