import _csv
class Sink:
    def write(self, s):
        print(repr(s))
for q in [_csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC]:
    _csv.writer(Sink(), quoting=q).writerow(['a', 1, 2.5, None, '', 'x,y', True])
_csv.writer(Sink(), quoting=_csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c\\d', 'e"f', 'g\nh'])
_csv.writer(Sink(), escapechar='\\', doublequote=False).writerow(['a"b', 'c\\d', 'e,f'])
_csv.writer(Sink(), escapechar='\\').writerow(['a"b', 'c\\d'])
_csv.writer(Sink(), quotechar="'", delimiter=';').writerow(["it's", 'a;b', 'plain'])
_csv.writer(Sink(), lineterminator='!').writerow(['x!y', 'z'])
