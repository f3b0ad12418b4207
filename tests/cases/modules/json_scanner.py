import json, _json
dec = json.JSONDecoder()
sc = _json.make_scanner(dec)
print(type(sc).__name__, type(sc).__module__, sc.strict, sc.parse_float, sc.parse_int, sc.object_hook)
def show(s, i=0):
    try: print(repr(s), ascii(sc(s, i)))
    except StopIteration as e: print(repr(s), 'StopIteration', e.value)
    except Exception as e: print(repr(s), type(e).__name__, e)
for s in ['[1, 2.5e3, "x", {"a": null}] ', '{}', '[]', ' 1', 'true', 'false', 'null', 'nul', 'NaN', 'Infinity', '-Infinity',
          '-', '1e', '1.', '01', '-0', '1E+2', '1e-2x', '123456789012345678901234567890', '[1,', '{"a" 1}', '{"a":1,}',
          '[1 2]', '{1: 2}', '{"a": 1 "b"}', '[', '{', '"unterminated', 'x', '[-]', '{"a":}']:
    show(s)
show('xx[1]', 2)
show('[1]', 5)
show('[1]', -1)
show('"\U0001f600" [\U0001f600', 5)
show('["\U0001f600", 1]', 0)
