SHOW = False
def sub_g0():
    return (1, 2)
    for v2 in range(2):
        try:
            log('locals', sorted(sys._getframe().f_locals))
        finally:
            log('loop finally', v2, repr(sys.exc_info()[1]))
            continue
    class Kv4:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv4().m())
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g0 done'
def g6():
    v7 = yield [3]
    log('v7', repr(v7))
    yield
    log('exc_info', repr(sys.exc_info()[1]))
    for v10 in range(2):
        try:
            log('locals', sorted(sys._getframe().f_locals))
            log('gx', [x for x in range(2) if where('gxv12') is None], list(where('genv12') for _ in range(1)))
            cnt14 = 0
            def bump():
                nonlocal cnt14
                cnt14 += 1
                where('bump')
                return cnt14
            log('bump', bump(), bump())
        finally:
            log('loop finally', v10, repr(sys.exc_info()[1]))
            continue
    yield 'last'
    return 'g6 done'
log('== g6')
drive(track(g6()), [('send', None), ('send', 2), 'close', ('send', None)], False)
async def co15():
    await Aw([3])
    return 'co15 done'
log('== co15')
drive(track(co15()), [('send', None), 'next', 'next', 'next', 'next'], True)
async def ag17():
    try:
        with CM('v19', False) as v19:
            v20 = yield (1, 2)
            log('v20', repr(v20))
            await Aw([3])
            await Aw(2)
            v23 = yield
            log('v23', repr(v23))
        async with ACM('v24', False) as v24:
            await Aw(72)
            yield (1, 2)
        try:
            log('lineno', sys._getframe().f_lineno)
            v29 = await Aw(2)
            log('v29', repr(v29))
            yield 45
        finally:
            log('finally v27')
        try:
            raise KeyError(2)
        except Exception as e:
            await Aw(45)
            log('lineno', sys._getframe().f_lineno)
            log('plain', 'a')
            yield
            log('exc_info', repr(sys.exc_info()[1]))
    finally:
        log('finally v18')
    async for v36 in AIter(2):
        log('v36', v36)
        log('lineno', sys._getframe().f_lineno)
        for v38 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
                yield None
                v41 = yield 8
                log('v41', repr(v41))
            finally:
                log('loop finally', v38, repr(sys.exc_info()[1]))
                pass
    yield 'last'
    log('ag17 end')
log('== ag17')
adrive(track(ag17()), [('throw', ValueError(0))])
async def ag42():
    async with ACM('v43', False) as v43:
        try:
            log('lineno', sys._getframe().f_lineno)
            raise ValueError(6)
            await Aw(None)
            yield None
        except RuntimeError as e:
            log('caught', chain(e))
            raise ValueError(2)
        try:
            v50 = yield
            log('v50', repr(v50))
            v51 = yield
            log('v51', repr(v51))
            yield 1
        except BaseException as e:
            log('caught', chain(e))
            v53 = yield [3]
            log('v53', repr(v53))
        raise KeyError(7)
        log('exc_info', repr(sys.exc_info()[1]))
    log('exc_info', repr(sys.exc_info()[1]))
    v57 = yield
    log('v57', repr(v57))
    yield 'last'
    log('ag42 end')
log('== ag42')
adrive(track(ag42()), ['next', ('send', 83), ('throw', TypeError(5)), ('send', [3]), ('send', 1)])
def chain58():
    try:
        try:
            raise ValueError(9)
        except ValueError as e1:
            raise ValueError(0) from e1
    except ValueError as e0:
        log('handled', chain(e0))
        where('h0')
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise TypeError(5)
    return 'no error'
log('== chain58')
try:
    log(chain58())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def co59():
    return 31
    await Aw([3])
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    with CM('v71', False) as v71:
        async for v72 in AIter(1):
            log('v72', v72)
            raise OSError(3)
            await Aw(93)
            where('v75')
            await Aw([3])
        for v77 in range(2):
            await Aw('a')
        await Aw('a')
        for v80 in range(1):
            log('plain', 9)
            log('plain', 'a')
            return 1
            await Aw(77)
    return 'co59 done'
log('== co59')
drive(track(co59()), ['next', ('send', 'a'), 'next', ('throw', RuntimeError(2)), 'close'], True)
log('end')
