SHOW = False
def sub_g0():
    log('lineno', sys._getframe().f_lineno)
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g0 done'
def g3():
    return [3]
    log('gx', [x for x in range(2) if where('gxv5') is None], list(where('genv5') for _ in range(1)))
    yield
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    return 'g3 done'
log('== g3')
drive(track(g3()), [('throw', LookupError(2)), ('throw', RuntimeError(3)), ('throw', KeyError(1)), 'next', ('send', 'a'), 'close'], False)
def g8():
    yield
    log('plain', 1)
    yield 'last'
    return 'g8 done'
log('== g8')
drive(track(g8()), [('send', None), ('throw', RuntimeError(0)), ('throw', KeyError(6))], False)
def g11():
    raise StopIteration(0)
    yield
    with CM('v14', False) as v14:
        yield
        yield 1
        log('lineno', sys._getframe().f_lineno)
        log('gx', [x for x in range(2) if where('gxv18') is None], list(where('genv18') for _ in range(1)))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    return 'g11 done'
log('== g11')
drive(track(g11()), [('send', None), 'next'], False)
def chain20():
    try:
        raise LookupError(3)
    except Exception as e0:
        raise LookupError(9) from e0
    return 'no error'
log('== chain20')
try:
    log(chain20())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
