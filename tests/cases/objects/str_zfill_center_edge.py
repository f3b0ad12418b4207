for s in ['', '1', '-1', '+1', '--1', 'abc', '-abc', '١']:
    print(repr(s), repr(s.zfill(4)), repr(s.center(4, '*')), repr(s.ljust(3, '.')), repr(s.rjust(3, '.')))
print(repr('ab'.center(5)), repr('ab'.center(6)), repr('abc'.center(6)), repr('abc'.center(5, '-')), repr('a'.center(4, 'x')))
print(repr('x'.center(-1)), repr('x'.zfill(-5)), repr(''.center(3)))
