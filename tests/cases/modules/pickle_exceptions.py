# Exceptions reduce to (type, args[, __dict__]); OSError and ImportError add their fields.
import pickle


class MyError(Exception):
    def __init__(self, code, msg='m'):
        super().__init__(code, msg)
        self.code = code


excs = [ValueError('bad'), KeyError('k'), Exception(), OSError(2, 'No such file', 'f.txt'),
        OSError(13, 'denied', 'a', None, 'b'), OSError('plain'), ImportError('nope', name='mod', path='/p'),
        ImportError('plain'), StopIteration(5), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid'),
        MyError(7), SyntaxError('x', ('f.py', 1, 2, 'src'))]
excs[0].extra = [1]
for e in excs:
    print(type(e).__name__, e.__reduce__()[1:])
for proto in range(6):
    res = []
    for e in excs:
        r = pickle.loads(pickle.dumps(e, proto))
        res.append((type(r).__name__, r.args == e.args, str(r) == str(e), r.__dict__ == e.__dict__))
    print(proto, res)
r = pickle.loads(pickle.dumps(excs[3]))
print(type(r).__name__, r.errno, r.strerror, r.filename, r.filename2)
r = pickle.loads(pickle.dumps(excs[6]))
print(r.name, r.path, r.msg)
e = ValueError(1)
e.__setstate__({'a': 1, 'b': 2})
print(e.a, e.b, e.__setstate__(None))
try:
    e.__setstate__([1])
except TypeError as t:
    print('TypeError', t)
try:
    e.__setstate__({1: 2})
except TypeError as t:
    print('TypeError', t)
e = ValueError(3)
e.__dict__
print(e.__reduce__())
