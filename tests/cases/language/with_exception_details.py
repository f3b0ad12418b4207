class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, str(ev) if ev else None, type(tb).__name__)
        return False
try:
    with CM('a') as a, CM('b') as b:
        raise ValueError('inner error')
except ValueError as e:
    print('caught', e)
def gen_cm():
    with CM('in-func'):
        return 'returned'
print(gen_cm())
try:
    with CM('outer'):
        with CM('inner'):
            pass
        raise KeyError('after inner')
except KeyError:
    print('KeyError caught')
