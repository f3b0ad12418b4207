e = ValueError('a', 'b')
print(e.args, str(e))
e.args = ['list', 'becomes', 'tuple']
print(e.args, type(e.args).__name__, str(e))
e.args = ()
print(repr(e), str(e))
e.custom = 'attr'
print(e.custom, e.__dict__)
k = KeyError('x')
k.args = ('y',)
print(str(k), repr(k))
class Sub(Exception):
    def __init__(self, *args):
        self.extra = len(args)
s = Sub(1, 2, 3)
print(s.args, s.extra, str(s))
print(BaseException.__new__(ValueError).args, Exception.__new__(KeyError, 1, 2).args)
