parts = ['a', '', 'b c', '', '']
j = ','.join(parts)
print(repr(j), j.split(',') == parts, j.split(',', 2), j.rsplit(',', 2))
text = 'one  two\tthree\nfour  '
print(text.split(), text.split(' '), text.split(None, 1), text.rsplit(None, 1), text.split('\t'))
print('a\r\nb\rc\n'.splitlines(), 'a\r\nb\rc\n'.split('\n'), ''.join('abc'.split('b')))
print('x'.join(['1', '2', '3']), 'ab'.join('xyz'), '-'.join(('p', 'q')), '-'.join({'only': 1}))
