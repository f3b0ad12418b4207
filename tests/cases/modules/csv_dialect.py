import _csv
d = _csv.Dialect()
print(type(d).__name__, type(d).__module__, repr(d.delimiter), repr(d.quotechar), d.quoting, d.escapechar, repr(d.lineterminator), d.doublequote, d.skipinitialspace, d.strict)
d2 = _csv.Dialect(delimiter=';', quotechar="'", quoting=_csv.QUOTE_ALL, escapechar='\\', lineterminator='\n', doublequote=False, skipinitialspace=True, strict=True)
print(repr(d2.delimiter), repr(d2.quotechar), d2.quoting, repr(d2.escapechar), repr(d2.lineterminator), d2.doublequote, d2.skipinitialspace, d2.strict)
print(_csv.Dialect(d2) is d2, _csv.Dialect(d2, delimiter='|').delimiter, _csv.Dialect(d2, delimiter='|').quotechar)
class Py:
    delimiter = ':'
    quotechar = '"'
    lineterminator = '\r\n'
    quoting = _csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
print(_csv.Dialect(Py).delimiter, _csv.Dialect(Py()).escapechar)
d3 = _csv.Dialect(quotechar=None)
print(d3.quoting, d3.quotechar)
for attr in ['delimiter', 'quoting', 'strict']:
    try: setattr(d, attr, 1)
    except AttributeError as e: print(e)
print(_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE, _csv.__version__)
print(issubclass(_csv.Error, Exception), _csv.Error.__module__)
