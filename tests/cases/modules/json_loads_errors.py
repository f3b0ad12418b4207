import json
for s in ['', '   ', '[1,', '{"a" 1}', '{"a":1,}', '[1 2]', '"abc', '{"\U0001f600": 1, "x": }', '[1]x', 'nul',
          '{"a":1\n,\n"b"}', '\n\n  [1,\n  ]', '"\\x"', '"\\u12"', '[01]', '{1:2}', '[1,]', '\ufeff[1]']:
    try: print(repr(s), json.loads(s))
    except json.JSONDecodeError as e: print(repr(s), e.msg, e.pos, e.lineno, e.colno)
try: json.loads(b'\xff\xfe')
except Exception as e: print(type(e).__name__)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('[1]'.encode('utf-16')))
try: json.loads(1)
except TypeError as e: print(e)
