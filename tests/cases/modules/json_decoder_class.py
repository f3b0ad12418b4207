import json
from json import decoder, scanner
print(decoder.c_scanstring is not None, scanner.c_make_scanner is not None)
d = json.JSONDecoder(object_hook=lambda o: ('obj', sorted(o)))
print(d.decode('{"b": {"c": 1}, "a": [1, {}]}'))
print(d.raw_decode('{"x": 1}   trailing', 0))
try: d.decode('{"x": 1} trailing')
except json.JSONDecodeError as e: print(e.msg, e.pos, e.doc[:5])
s = '[1, 2]  [3]'
obj, end = json.JSONDecoder().raw_decode(s)
print(obj, end, json.JSONDecoder().raw_decode(s, 8))
e = json.JSONDecodeError('msg', 'ab\ncd', 4)
print(e, e.lineno, e.colno, e.pos, e.args)
print(json.loads('{"__complex__": true, "real": 1, "imag": 2}',
                 object_hook=lambda o: complex(o['real'], o['imag']) if '__complex__' in o else o))
print(json.loads('1'), json.loads('"s"'), json.loads(' null '), json.loads('-0.0'), json.loads('1E400'))
