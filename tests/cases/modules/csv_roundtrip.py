import _csv
class Sink:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
rows = [['plain', 'with,comma', 'with "quote"', 'multi\nline', '', ' lead', 'trail ', '\u20ac\U0001f600'],
        ['1', '2.5', 'x\r\ny', '""', ',', '"'], ['single']]
for kw in [{}, {'quoting': _csv.QUOTE_ALL}, {'delimiter': ';', 'quotechar': "'"}, {'escapechar': '\\', 'doublequote': False},
           {'lineterminator': '\n'}, {'quoting': _csv.QUOTE_NONE, 'escapechar': '\\'}]:
    s = Sink()
    w = _csv.writer(s, **kw)
    w.writerows(rows)
    text = ''.join(s.parts)
    lines = text.splitlines(keepends=True)
    back = list(_csv.reader(lines, **kw))
    print(sorted(kw.items()), back == rows, len(text))
    if back != rows: print(repr(text)); print(back)
