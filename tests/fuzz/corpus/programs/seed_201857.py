SHOW = False
async def sub_co0():
    async with ACM('v1', True) as v1:
        try:
            v3 = await Aw(30)
            log('v3', repr(v3))
            where('v4')
            where('v5')
        except TypeError as e:
            log('caught', chain(e))
            v6 = await Aw(1)
            log('v6', repr(v6))
            log('lineno', sys._getframe().f_lineno)
            v8 = await Aw(66)
            log('v8', repr(v8))
        finally:
            log('finally v2')
        v9 = await Aw((1, 2))
        log('v9', repr(v9))
        v10 = await Aw(18)
        log('v10', repr(v10))
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    return 'sub_co0 done'
async def sub_co13():
    v14 = await Aw([3])
    log('v14', repr(v14))
    return 'sub_co13 done'
async def co15():
    v16 = await Aw(7)
    log('v16', repr(v16))
    v17 = await Aw('a')
    log('v17', repr(v17))
    return 'co15 done'
log('== co15')
drive(track(co15()), [('throw', OSError(2)), 'next', ('throw', ValueError(7)), 'next', ('send', 1), ('send', 2)], True)
def chain18():
    try:
        raise LookupError(2)
    except Exception as e0:
        log('handled', chain(e0))
        where('h0')
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain18')
try:
    log(chain18())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co19():
    await Aw((1, 2))
    log('plain', [3])
    v22 = await Aw(22)
    log('v22', repr(v22))
    async for v23 in AIter(0):
        log('v23', v23)
        log('locals', sorted(sys._getframe().f_locals))
        for v25 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
                await Aw(1)
                await Aw((1, 2))
                v29 = await Aw(2)
                log('v29', repr(v29))
            finally:
                log('loop finally', v25, repr(sys.exc_info()[1]))
                continue
    return 'sub_co19 done'
async def co30():
    async for v31 in AIter(0):
        log('v31', v31)
        log('locals', sorted(sys._getframe().f_locals))
        v33 = await track(sub_co19())
        log('v33 awaited', repr(v33))
        for v34 in range(1):
            v35 = await Aw(48)
            log('v35', repr(v35))
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
        log('lineno', sys._getframe().f_lineno)
    raise ValueError(8)
    v40 = await track(sub_co19())
    log('v40 awaited', repr(v40))
    return 'co30 done'
log('== co30')
drive(track(co30()), [('throw', ValueError), ('throw', OSError(8)), 'next', 'next'], True)
async def sub_co41():
    v42 = await Aw(2)
    log('v42', repr(v42))
    log('exc_info', repr(sys.exc_info()[1]))
    log('gx', [x for x in range(2) if where('gxv44') is None], list(where('genv44') for _ in range(1)))
    return 'sub_co41 done'
async def sub_co45():
    where('v46')
    async with ACM('v47', False) as v47:
        log('gx', [x for x in range(2) if where('gxv48') is None], list(where('genv48') for _ in range(1)))
        await Aw('a')
        for v50 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
                log('lineno', sys._getframe().f_lineno)
                await Aw(26)
                raise TypeError(6)
            finally:
                log('loop finally', v50, repr(sys.exc_info()[1]))
                break
        class Kv55:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv55().m())
    class Kv56:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv56().m())
    return 'sub_co45 done'
async def co57():
    for v58 in range(0):
        v59 = await track(sub_co45())
        log('v59 awaited', repr(v59))
    return 'co57 done'
log('== co57')
drive(track(co57()), ['next'], True)
async def ag60():
    log('v61', (
        sys
        ._getframe()
        .f_lineno
    ))
    async with ACM('v62', False) as v62:
        log('plain', (1, 2))
        cnt65 = 0
        def bump():
            nonlocal cnt65
            cnt65 += 1
            where('bump')
            return cnt65
        log('bump', bump(), bump())
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    yield
    yield 'last'
    log('ag60 end')
log('== ag60')
adrive(track(ag60()), [('throw', RuntimeError)])
log('end')
