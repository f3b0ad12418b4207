log = []
def gen():
    try:
        log.append('start')
        yield 1
        log.append('after yield')
    except ZeroDivisionError:
        log.append('except')
        raise
    else:
        log.append('else')
    finally:
        log.append('finally')
list(gen())
print(log)
log.clear()
g = gen(); next(g)
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError:
    pass
print(log)
