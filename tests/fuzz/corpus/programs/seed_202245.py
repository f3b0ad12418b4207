SHOW = False
def chain0():
    try:
        try:
            raise OSError(6)
        except Exception as e1:
            raise KeyError(8) from None
    except BaseException as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g1():
    for v2 in range(1):
        raise StopIteration(4)
    yield 'end'
    return 'sub_g1 done'
def g4():
    v5 = {
        'k': (
            yield
        ),
    }
    log('v5', v5)
    cnt7 = 0
    def bump():
        nonlocal cnt7
        cnt7 += 1
        where('bump')
        return cnt7
    log('bump', bump(), bump())
    try:
        raise LookupError(2)
    except Exception as e:
        log('lineno', sys._getframe().f_lineno)
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g4 done'
log('== g4')
drive(track(g4()), [('send', None), 'next'], False)
log('end')
