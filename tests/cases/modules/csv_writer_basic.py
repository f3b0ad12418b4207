import _csv
class Sink:
    def __init__(self): self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
s = Sink()
w = _csv.writer(s)
print(w.writerow(['a', 'b,c', 'd"e', 'f\ng', 'h\ri', '', None, 1, 2.5, True]))
print(w.writerow([]))
print(w.writerow(['']))
print(w.writerow([None]))
print(w.writerow(('t', 'u')))
print(w.writerow(x for x in 'xyz'))
print(w.writerows([['r1'], ['r2', 'x'], []]))
print(w.writerow(['\u20ac', '\U0001f600 ok']))
for line in s.data: print(repr(line))
print(type(w).__name__, w.dialect.delimiter, repr(w.dialect.lineterminator))
s2 = Sink()
_csv.writer(s2, lineterminator='\n', delimiter='\t').writerow(['a\tb', 'c\rd', 'e\nf'])
print(s2.data)
