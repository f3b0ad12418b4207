SHOW = True
def chain0():
    try:
        try:
            try:
                raise OSError(6)
            except LookupError as e2:
                log('handled', chain(e2))
                where('h2')
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except LookupError as e1:
            raise ValueError(9) from None
    except Exception as e0:
        log('handled', chain(e0))
        where('h0')
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise OSError(2)
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co1():
    await Aw('a')
    await Aw(1)
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    except ValueError as e:
        log('caught', chain(e))
        raise LookupError(0) from e
    finally:
        log('finally v4')
    return 'sub_co1 done'
async def sub_co9():
    async with ACM('v10', False) as v10:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        with CM('v15', False) as v15:
            await Aw(90)
            log('lineno', sys._getframe().f_lineno)
            return 78
            v19 = await Aw(96)
            log('v19', repr(v19))
        log('gx', [x for x in range(2) if where('gxv20') is None], list(where('genv20') for _ in range(1)))
        class Kv21:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv21().m())
    try:
        raise KeyError(4)
    except Exception as e:
        class Kv23:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv23().m())
        await Aw([3])
        log('locals', sorted(sys._getframe().f_locals))
        log('exc_info', repr(sys.exc_info()[1]))
    async with ACM('v26', False) as v26:
        async for v27 in AIter(1):
            log('v27', v27)
            v28 = await Aw(67)
            log('v28', repr(v28))
            v29 = await track(sub_co1())
            log('v29 awaited', repr(v29))
            v30 = await track(sub_co1())
            log('v30 awaited', repr(v30))
            log('plain', (1, 2))
        try:
            raise LookupError(5)
        except Exception as e:
            log('plain', 97)
            log('plain', [3])
            log('exc_info', repr(sys.exc_info()[1]))
    await Aw(1)
    return 'sub_co9 done'
async def co36():
    for v37 in range(2):
        v38 = await Aw([3])
        log('v38', repr(v38))
        v39 = await track(sub_co9())
        log('v39 awaited', repr(v39))
        await Aw(1)
    log('locals', sorted(sys._getframe().f_locals))
    v42 = await Aw(2)
    log('v42', repr(v42))
    return 'co36 done'
log('== co36')
drive(track(co36()), ['next', ('throw', KeyError(5)), ('send', 'a'), ('send', 2), 'next'], True)
def chain43():
    try:
        try:
            raise RuntimeError(7)
        except LookupError as e1:
            raise
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
            raise TypeError(2)
    except ValueError as e0:
        raise OSError(0) from e0
    return 'no error'
log('== chain43')
try:
    log(chain43())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def g44():
    try:
        raise RuntimeError(5)
    except Exception as e:
        try:
            raise LookupError(1)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    yield
    yield 'last'
    return 'g44 done'
log('== g44')
drive(track(g44()), ['close', ('throw', ValueError(1))], False)
async def co50():
    for v51 in range(2):
        try:
            raise TypeError(3)
            try:
                raise RuntimeError(6)
            except Exception as e:
                where('v54')
                where('v55')
                log('exc_info', repr(sys.exc_info()[1]))
            try:
                raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
            except* ValueError as eg:
                log('star', repr(eg.exceptions))
            except* TypeError as eg:
                log('star2', repr(eg.exceptions))
            cnt61 = 0
            def bump():
                nonlocal cnt61
                cnt61 += 1
                where('bump')
                return cnt61
            log('bump', bump(), bump())
        finally:
            log('loop finally', v51, repr(sys.exc_info()[1]))
            pass
    return 'co50 done'
log('== co50')
drive(track(co50()), [('throw', ValueError(5)), 'close', ('send', 2), 'close', 'next'], True)
log('end')
