import _csv
print(_csv.list_dialects())
_csv.register_dialect('semi', delimiter=';', quoting=_csv.QUOTE_ALL)
_csv.register_dialect('tabs', _csv.Dialect(delimiter='\t'))
print(sorted(_csv.list_dialects()))
d = _csv.get_dialect('semi')
print(type(d).__name__, d.delimiter, d.quoting, _csv.get_dialect('semi') is d)
print(list(_csv.reader(['a;"b;c";d'], 'semi')), list(_csv.reader(['a\tb'], dialect='tabs')))
class Out:
    def write(self, s): print(repr(s))
_csv.writer(Out(), 'semi').writerow(['a', 1])
_csv.writer(Out(), 'semi', quoting=_csv.QUOTE_MINIMAL).writerow(['a', 1])
_csv.unregister_dialect('semi')
for f in [lambda: _csv.unregister_dialect('semi'), lambda: _csv.get_dialect('semi'), lambda: _csv.register_dialect(1),
          lambda: _csv.register_dialect('x', delimiter=''), lambda: _csv.register_dialect()]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(sorted(_csv.list_dialects()))
