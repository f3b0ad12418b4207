try:
    raise BaseExceptionGroup('b', [KeyboardInterrupt(), ValueError()])
except BaseExceptionGroup as g:
    print(type(g).__name__, [type(x).__name__ for x in g.exceptions])
    kb, rest = g.split(KeyboardInterrupt)
    print(type(kb).__name__, type(rest).__name__, repr(rest))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '!', excs)
mg = MyGroup('custom', [ValueError(1), TypeError(2)])
v, t = mg.split(ValueError)
print(type(v).__name__, v.message, type(t).__name__, t.message)
print(repr(mg.subgroup(lambda e: isinstance(e, TypeError))))
eg = ExceptionGroup('notes', [ValueError()])
eg.add_note('n1')
print(eg.split(ValueError)[0].__notes__ if hasattr(eg.split(ValueError)[0], '__notes__') else 'no notes')
