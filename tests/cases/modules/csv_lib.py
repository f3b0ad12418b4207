import csv, io
f = io.StringIO()
w = csv.writer(f)
w.writerow(['name', 'note'])
w.writerows([['a', 'x,y'], ['b', 'say "hi"']])
print(repr(f.getvalue()))
print(list(csv.reader(io.StringIO(f.getvalue()))))
print(list(csv.DictReader(io.StringIO('x,y\n1,2\n3\n'))))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['a', 'b'], extrasaction='ignore')
dw.writeheader()
dw.writerow({'a': 1, 'b': 2, 'c': 3})
print(repr(out.getvalue()))
print(sorted(csv.list_dialects()))
print(csv.get_dialect('excel').delimiter, csv.get_dialect('excel-tab').delimiter == '\t', csv.get_dialect('unix').lineterminator == '\n')
class Pipe(csv.Dialect):
    delimiter = '|'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
csv.register_dialect('pipe', Pipe)
o = io.StringIO()
csv.writer(o, 'pipe').writerow(['a|b', 'c'])
print(repr(o.getvalue()))
try:
    class Bad(csv.Dialect):
        delimiter = ''
    Bad()
except csv.Error as e: print('Error', e)
s = csv.Sniffer()
d = s.sniff('a;b;c\n1;2;3\n')
print(d.delimiter, s.has_header('name,age\nbob,3\nann,4\n'))
