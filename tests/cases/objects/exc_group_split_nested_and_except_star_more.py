eg = ExceptionGroup('top', [ValueError(1), ExceptionGroup('sub', [TypeError(2), ValueError(3)]), KeyError(4)])
match, rest = eg.split(lambda e: isinstance(e, ValueError))
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup((TypeError, KeyError))))
print(eg.split(OSError))
try:
    raise eg
except* ValueError as g:
    print('values:', [repr(x) for x in g.exceptions])
except* TypeError as g:
    print('types:', repr(g))
except* KeyError as g:
    print('keys:', repr(g))
def handler():
    try:
        raise ExceptionGroup('m', [ValueError('v'), KeyError('k')])
    except* ValueError:
        print('handled ValueError part')
try:
    handler()
except ExceptionGroup as e:
    print('remaining', repr(e))
