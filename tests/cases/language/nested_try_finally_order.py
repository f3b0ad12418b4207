log = []
def f():
    try:
        try:
            log.append('inner try')
            raise ValueError('x')
        except ValueError:
            log.append('inner except')
            raise KeyError('y')
        finally:
            log.append('inner finally')
    except KeyError:
        log.append('outer except')
        return 'ret'
    finally:
        log.append('outer finally')
print(f(), log)
def g():
    try:
        return 1
    finally:
        try:
            raise ValueError
        except ValueError:
            log.append('exception inside finally handled')
print(g(), log[-1])
