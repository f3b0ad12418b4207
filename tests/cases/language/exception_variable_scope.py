def f():
    e = 'original'
    try:
        raise ValueError('v')
    except ValueError as e:
        saved = e
    try:
        return e
    except UnboundLocalError as err:
        return 'unbound: ' + str(err), repr(saved)
print(f())
try:
    raise KeyError('k')
except KeyError as exc:
    result = repr(exc)
print(result, 'exc' in dir())
