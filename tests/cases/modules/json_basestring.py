import _json
for s in ['abc', 'a"b\\c', '\n\r\t\b\f', '\x00\x1f\x7f', '\xe9\u20ac\U0001f600', '\ud800', '', '</script>']:
    print(_json.encode_basestring_ascii(s), _json.encode_basestring(s).encode('utf-8', 'surrogatepass'))
for bad in [1, b'x', None]:
    try: _json.encode_basestring_ascii(bad)
    except TypeError as e: print(e)
    try: _json.encode_basestring(bad)
    except TypeError as e: print(e)
class S(str): pass
print(_json.encode_basestring_ascii(S('sub\xe9')))
