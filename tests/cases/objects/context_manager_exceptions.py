class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit got', t.__name__ if t else None, tb is not None)
        raise RuntimeError('from exit')
try:
    with CM():
        raise ValueError('body')
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
class EnterFails:
    def __enter__(self):
        raise KeyError('enter')
    def __exit__(self, *a):
        print('exit not called')
try:
    with EnterFails():
        print('body not run')
except KeyError as e:
    print('enter failed', e)
class Truthy:
    def __enter__(self): return 1
    def __exit__(self, *a): return 'yes'
with Truthy():
    raise ValueError
print('suppressed by truthy return')
class ExitNoArgs:
    def __enter__(self): pass
    def __exit__(self): pass
try:
    with ExitNoArgs():
        pass
except TypeError as e:
    print(type(e).__name__, e)
