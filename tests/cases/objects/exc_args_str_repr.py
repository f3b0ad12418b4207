cases = [Exception(), Exception('msg'), Exception('a', 2), ValueError(''), KeyError('k'), KeyError(),
         KeyError('a', 'b'), IndexError(3), StopIteration(5), OSError(2, 'No such file'), SystemExit(3),
         BaseException(None), TypeError([1, 2]), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
         AttributeError('x'), NameError('n'), RuntimeError('r')]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, OSError(2, 'x').errno, OSError(2, 'x').strerror)
e = ValueError('x')
e.args = ('changed', 1)
print(e, repr(e))
print(AttributeError('m', name='n', obj=1).name, NameError('m', name='nm').name)
