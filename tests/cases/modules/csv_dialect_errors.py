import _csv
for kw in [dict(delimiter=''), dict(delimiter=1), dict(delimiter=None), dict(delimiter='ab'), dict(quotechar=''),
           dict(quoting=7), dict(quoting=-1), dict(quoting=1.0), dict(quoting=True), dict(lineterminator=None),
           dict(lineterminator=1), dict(escapechar=5), dict(escapechar='ab'), dict(quotechar=5),
           dict(quotechar=None, quoting=_csv.QUOTE_ALL), dict(bogus=1), dict(delimiter='\n')]:
    try:
        d = _csv.Dialect(**kw)
        print(kw, 'ok', repr(d.delimiter), d.quoting)
    except Exception as e: print(kw, type(e).__name__, e)
try: _csv.Dialect('nope')
except _csv.Error as e: print('Error', e)
try: _csv.Dialect(1, 2)
except TypeError as e: print(type(e).__name__)
