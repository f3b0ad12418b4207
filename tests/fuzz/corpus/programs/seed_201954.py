SHOW = True
async def ag0():
    for v1 in range(0):
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        v6 = yield
        log('v6', repr(v6))
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), ['next', 'next', 'next', 'next', ('send', 2)])
def chain7():
    try:
        try:
            try:
                try:
                    raise TypeError(5)
                except ValueError as e3:
                    raise
            except LookupError as e2:
                raise
        except LookupError as e1:
            log('handled', chain(e1))
            where('h1')
    except ValueError as e0:
        raise LookupError(8) from e0
    return 'no error'
log('== chain7')
try:
    log(chain7())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain8():
    try:
        try:
            try:
                raise KeyError(3)
            except ValueError as e2:
                raise KeyError(6) from e2
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except LookupError as e1:
            log('handled', chain(e1))
            where('h1')
    except LookupError as e0:
        raise TypeError(5) from e0
    return 'no error'
log('== chain8')
try:
    log(chain8())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
