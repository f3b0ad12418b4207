import json
doc = {'name': 'Caf\xe9 \U0001f600', 'nums': [0, -1, 1.5, 2e-10, 123456789012345678901234567890],
       'nested': {'list': [[], {}, [None]], 'esc': 'a"b\\c\n\t\x00'}, 'bool': [True, False]}
for kw in [{}, {'ensure_ascii': False}, {'indent': 2}, {'indent': '\t', 'sort_keys': True}, {'separators': (',', ':')}]:
    s = json.dumps(doc, **kw)
    print(len(s), json.loads(s) == doc)
print(json.dumps(doc, indent=1, sort_keys=True))
big = [{'i': i, 's': str(i) * 3} for i in range(200)]
print(json.loads(json.dumps(big)) == big)
