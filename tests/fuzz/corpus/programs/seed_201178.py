SHOW = True
def sub_g0():
    yield [3]
    v2 = yield [3]
    log('v2', repr(v2))
    yield 82
    log('sum', sum(x for x in range(3)))
    yield 'end'
    return 'sub_g0 done'
def g5():
    log('locals', sorted(sys._getframe().f_locals))
    for v7 in range(0):
        where('v8')
        log('gx', [x for x in range(2) if where('gxv9') is None], list(where('genv9') for _ in range(1)))
        try:
            raise ValueError(7)
        except Exception as e:
            v11 = yield
            log('v11', repr(v11))
            v12 = yield 2
            log('v12', repr(v12))
            yield 1
            v14 = yield
            log('v14', repr(v14))
            log('exc_info', repr(sys.exc_info()[1]))
        cnt16 = 0
        def bump():
            nonlocal cnt16
            cnt16 += 1
            where('bump')
            return cnt16
        log('bump', bump(), bump())
    yield 'last'
    return 'g5 done'
log('== g5')
drive(track(g5()), [('send', 1), 'next', ('throw', OSError(9)), ('throw', LookupError(6)), 'next'], False)
def g17():
    log('v18', (
        sys
        ._getframe()
        .f_lineno
    ))
    v19 = yield 2
    log('v19', repr(v19))
    raise StopIteration(0)
    yield 'last'
    return 'g17 done'
log('== g17')
drive(track(g17()), ['close', 'next'], False)
def chain21():
    try:
        raise TypeError(2)
    except LookupError as e0:
        raise RuntimeError(6) from None
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain21')
try:
    log(chain21())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def g22():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'last'
    return 'g22 done'
log('== g22')
drive(track(g22()), [('throw', ValueError(1)), ('throw', OSError(9)), ('send', None), ('throw', ValueError), ('throw', TypeError(0))], False)
log('end')
