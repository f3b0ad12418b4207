import _csv
def rows(lines, **kw):
    try: return list(_csv.reader(lines, **kw))
    except Exception as e: return (type(e).__name__, str(e))
print(rows(['a\\,b,c\\\\d'], escapechar='\\'))
print(rows(['a\\', 'b'], escapechar='\\'))
print(rows(['a\\\n', 'b\n'], escapechar='\\'))
print(rows(['"a\\', 'b"'], escapechar='\\'))
print(rows(['a\\"b'], escapechar='\\', quoting=_csv.QUOTE_NONE))
print(rows(['x\\', ''], escapechar='\\'))
print(rows(['ab\\'], escapechar='\\'))
