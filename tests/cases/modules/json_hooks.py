import json
from collections import OrderedDict
print(json.loads('{"a": 1, "b": [1.5, 2]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict, object_hook=dict))
print(json.loads('[1.10, 2, 3e2]', parse_float=lambda s: ('float', s), parse_int=lambda s: 'int:' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('"a\tb"', strict=False))
try: json.loads('"a\tb"')
except json.JSONDecodeError as e: print(e)
class D(json.JSONDecoder):
    pass
print(D().decode('{"x": [true, false, null]}'), D().raw_decode('[1] rest'))
keys = json.loads('[{"k": 1}, {"k": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])
