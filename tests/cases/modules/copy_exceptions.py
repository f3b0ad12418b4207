# Exceptions copy via BaseException.__reduce__ / __setstate__.
import copy


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


e = AppError(3)
e.context_info = [1]
for fn in (copy.copy, copy.deepcopy):
    c = fn(e)
    print(fn.__name__, type(c).__name__, c.args, c.code, c.context_info, c.context_info is e.context_info)
o = OSError(2, 'missing', 'path.txt')
c = copy.copy(o)
print(type(c).__name__, c.errno, c.strerror, c.filename, str(c))
i = copy.deepcopy(ImportError('x', name='n'))
print(i.name, i.path, i.args)
k = copy.copy(KeyError('key'))
print(repr(k), str(k))
s = copy.copy(StopIteration(1, 2))
print(s.value, s.args)
u = copy.deepcopy(UnicodeEncodeError('ascii', '\xe9', 0, 1, 'no'))
print(u.encoding, u.start, u.end, u.reason, str(u))
se = copy.copy(SystemExit(4))
print(se.code)
