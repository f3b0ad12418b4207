SHOW = False
def sub_g0():
    v1 = yield None
    log('v1', repr(v1))
    yield 'end'
    return 'sub_g0 done'
def g2():
    v3 = (
        yield
    )
    log('v3', v3)
    yield 'last'
    return 'g2 done'
log('== g2')
drive(track(g2()), [('throw', OSError(1))], False)
def g4():
    try:
        raise TypeError(4)
    except Exception as e:
        v6 = yield None
        log('v6', repr(v6))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g4 done'
log('== g4')
drive(track(g4()), [('send', None), 'next', ('send', 1), ('throw', ValueError(5)), ('throw', TypeError(4)), ('throw', OSError(4)), 'close'], False)
def chain7():
    try:
        try:
            raise ValueError(7)
        except BaseException as e1:
            raise KeyError(1) from None
    except Exception as e0:
        raise OSError(5) from None
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain7')
try:
    log(chain7())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g8():
    v9 = [
        1,
        1 // 0,
    ]
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    raise StopIteration(2)
    class Kv15:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv15().m())
    yield 'end'
    return 'sub_g8 done'
def g16():
    for v17 in range(2):
        try:
            v18 = yield from track(sub_g8())
            log('v18 from', repr(v18))
            cnt20 = 0
            def bump():
                nonlocal cnt20
                cnt20 += 1
                where('bump')
                return cnt20
            log('bump', bump(), bump())
            for v21 in range(1):
                log('lineno', sys._getframe().f_lineno)
                return 'a'
        finally:
            log('loop finally', v17, repr(sys.exc_info()[1]))
            break
    v24 = yield from track(sub_g8())
    log('v24 from', repr(v24))
    yield 'last'
    return 'g16 done'
log('== g16')
drive(track(g16()), [('send', None), 'next'], False)
def chain25():
    try:
        raise OSError(3)
    except LookupError as e0:
        raise
    return 'no error'
log('== chain25')
try:
    log(chain25())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
