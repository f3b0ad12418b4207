import _csv
def rows(lines, **kw):
    try: return list(_csv.reader(lines, **kw))
    except Exception as e: return (type(e).__name__, str(e))
print(rows(['"a",1,2.5,-3e2'], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(['"a",x'], quoting=_csv.QUOTE_NONNUMERIC))
print(rows(['"a","b"'], quoting=_csv.QUOTE_NONE))
print(rows(['"a,b",c'], quoting=_csv.QUOTE_NONE))
print(rows(['"a""b"'], doublequote=False))
print(rows(['"a\\"b",c'], doublequote=False, escapechar='\\'))
print(rows(['"a",b'], quoting=_csv.QUOTE_ALL))
print(rows([' "a",b'], skipinitialspace=False))
print(rows([' "a",b'], skipinitialspace=True))
print(rows(['a,b'], quotechar=None))
