SHOW = False
def chain0():
    try:
        raise LookupError(5)
    except BaseException as e0:
        log('handled', chain(e0))
        where('h0')
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise TypeError(5)
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co1():
    async with ACM('v2', False) as v2:
        for v3 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
                await Aw('a')
                log('lineno', sys._getframe().f_lineno)
                raise RuntimeError(7)
            finally:
                log('loop finally', v3, repr(sys.exc_info()[1]))
                pass
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        log('gx', [x for x in range(2) if where('gxv11') is None], list(where('genv11') for _ in range(1)))
    v12 = [
        1,
        1 // 0,
    ]
    log('gx', [x for x in range(2) if where('gxv13') is None], list(where('genv13') for _ in range(1)))
    return 'sub_co1 done'
async def co14():
    for v15 in range(2):
        v16 = await track(sub_co1())
        log('v16 awaited', repr(v16))
        cnt18 = 0
        def bump():
            nonlocal cnt18
            cnt18 += 1
            where('bump')
            return cnt18
        log('bump', bump(), bump())
        for v19 in range(2):
            try:
                await Aw((1, 2))
                where('v21')
            finally:
                log('loop finally', v19, repr(sys.exc_info()[1]))
                break
        async with ACM('v22', False) as v22:
            log('lineno', sys._getframe().f_lineno)
            v24 = await Aw((1, 2))
            log('v24', repr(v24))
    v25 = await track(sub_co1())
    log('v25 awaited', repr(v25))
    return 'co14 done'
log('== co14')
drive(track(co14()), ['next', 'next', 'next', ('send', 'a')], True)
def chain26():
    try:
        raise RuntimeError(7)
    except BaseException as e0:
        raise TypeError(2)
    return 'no error'
log('== chain26')
try:
    log(chain26())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain27():
    try:
        try:
            raise KeyError(0)
        except Exception as e1:
            raise OSError(4) from e1
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except Exception as e0:
        raise
    return 'no error'
log('== chain27')
try:
    log(chain27())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def ag28():
    log('gx', [x for x in range(2) if where('gxv29') is None], list(where('genv29') for _ in range(1)))
    log('gx', [x for x in range(2) if where('gxv30') is None], list(where('genv30') for _ in range(1)))
    log('exc_info', repr(sys.exc_info()[1]))
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    log('ag28 end')
log('== ag28')
adrive(track(ag28()), ['next', 'next', ('throw', TypeError(5)), ('throw', TypeError)])
log('end')
