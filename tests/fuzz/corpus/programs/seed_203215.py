SHOW = True
def sub_g0():
    yield 1
    log('plain', 'a')
    yield 'end'
    return 'sub_g0 done'
def sub_g3():
    cnt5 = 0
    def bump():
        nonlocal cnt5
        cnt5 += 1
        where('bump')
        return cnt5
    log('bump', bump(), bump())
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g3 done'
def g7():
    for v8 in range(2):
        try:
            class Kv9:
                where('class')
                def m(self):
                    where('method')
                    return sys._getframe().f_code.co_qualname
            log(Kv9().m())
            class Kv10:
                where('class')
                def m(self):
                    where('method')
                    return sys._getframe().f_code.co_qualname
            log(Kv10().m())
            cnt12 = 0
            def bump():
                nonlocal cnt12
                cnt12 += 1
                where('bump')
                return cnt12
            log('bump', bump(), bump())
            log('gx', [x for x in range(2) if where('gxv13') is None], list(where('genv13') for _ in range(1)))
        finally:
            log('loop finally', v8, repr(sys.exc_info()[1]))
            break
    yield 'last'
    return 'g7 done'
log('== g7')
drive(track(g7()), ['next', 'close', 'close', 'next'], False)
async def sub_co14():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    try:
        try:
            raise KeyError(0)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            raise OSError(9)
            log('exc_info', repr(sys.exc_info()[1]))
        async for v29 in AIter(0):
            log('v29', v29)
            where('v30')
            v31 = await Aw(2)
            log('v31', repr(v31))
        async with ACM('v32', False) as v32:
            v33 = await Aw(61)
            log('v33', repr(v33))
            where('v34')
            await Aw(2)
            v36 = await Aw(1)
            log('v36', repr(v36))
    finally:
        pass
    for v37 in range(2):
        try:
            for v38 in range(1):
                await Aw(2)
                return (1, 2)
            class Kv41:
                where('class')
                def m(self):
                    where('method')
                    return sys._getframe().f_code.co_qualname
            log(Kv41().m())
            async for v42 in AIter(1):
                log('v42', v42)
                await Aw((1, 2))
                await Aw((1, 2))
                where('v45')
            async with ACM('v46', False) as v46:
                await Aw('a')
        finally:
            log('loop finally', v37, repr(sys.exc_info()[1]))
            break
    return 'sub_co14 done'
async def sub_co48():
    raise ValueError(9)
    for v50 in range(2):
        try:
            log('lineno', sys._getframe().f_lineno)
        finally:
            log('loop finally', v50, repr(sys.exc_info()[1]))
            continue
    where('v52')
    for v53 in range(2):
        try:
            log('gx', [x for x in range(2) if where('gxv54') is None], list(where('genv54') for _ in range(1)))
            async for v55 in AIter(1):
                log('v55', v55)
                log('lineno', sys._getframe().f_lineno)
                log('lineno', sys._getframe().f_lineno)
        finally:
            log('loop finally', v53, repr(sys.exc_info()[1]))
            pass
    return 'sub_co48 done'
async def co58():
    v59 = await Aw(14)
    log('v59', repr(v59))
    return 'co58 done'
log('== co58')
drive(track(co58()), [('throw', OSError(3))], True)
def chain60():
    try:
        try:
            raise OSError(0)
        except ValueError as e1:
            raise
    except BaseException as e0:
        raise LookupError(1)
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain60')
try:
    log(chain60())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def ag61():
    async with ACM('v62', False) as v62:
        class Kv63:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv63().m())
    v64 = yield (1, 2)
    log('v64', repr(v64))
    with CM('v65', False) as v65:
        where('v66')
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    log('ag61 end')
log('== ag61')
adrive(track(ag61()), ['next', 'next', ('send', 1)])
def chain68():
    try:
        try:
            try:
                try:
                    raise KeyError(0)
                except BaseException as e3:
                    raise ValueError(3) from None
            except ValueError as e2:
                raise LookupError(1) from None
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except Exception as e1:
            log('handled', chain(e1))
            where('h1')
    except ValueError as e0:
        raise KeyError(6) from e0
    return 'no error'
log('== chain68')
try:
    log(chain68())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
