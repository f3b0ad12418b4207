SHOW = True
def sub_g0():
    yield
    yield 'end'
    return 'sub_g0 done'
def sub_g2():
    log('plain', 2)
    yield
    yield 'end'
    return 'sub_g2 done'
def g5():
    v6 = yield from track(sub_g0())
    log('v6 from', repr(v6))
    log('plain', None)
    where('v8')
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    return 'g5 done'
log('== g5')
drive(track(g5()), ['next', ('throw', RuntimeError(1)), ('throw', LookupError)], False)
def g10():
    class Kv11:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv11().m())
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g10 done'
log('== g10')
drive(track(g10()), [('send', None), ('send', (1, 2)), ('send', None)], False)
def g13():
    yield
    log('lineno', sys._getframe().f_lineno)
    yield 2
    yield
    yield 'last'
    return 'g13 done'
log('== g13')
drive(track(g13()), [('send', None), ('throw', LookupError(0)), 'close', 'next'], False)
async def sub_co18():
    try:
        raise KeyError(8)
    except Exception as e:
        v20 = await Aw(2)
        log('v20', repr(v20))
        async with ACM('v21', True) as v21:
            await Aw([3])
            v23 = await Aw([3])
            log('v23', repr(v23))
        raise KeyError(4)
        log('exc_info', repr(sys.exc_info()[1]))
    with CM('v25', False) as v25:
        await Aw(None)
        assert (
            1
        ), 'v27'
        async for v28 in AIter(2):
            log('v28', v28)
            log('plain', 'a')
            log('plain', 7)
            v31 = await Aw([3])
            log('v31', repr(v31))
    try:
        raise ValueError(6)
    except Exception as e:
        try:
            return 1
            v35 = await Aw(77)
            log('v35', repr(v35))
            v36 = await Aw(2)
            log('v36', repr(v36))
        except TypeError as e:
            log('caught', chain(e))
            raise
        for v37 in range(0):
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            v40 = await Aw(2)
            log('v40', repr(v40))
        await Aw(1)
        log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co18 done'
async def co42():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    try:
        log('plain', (1, 2))
        cnt54 = 0
        def bump():
            nonlocal cnt54
            cnt54 += 1
            where('bump')
            return cnt54
        log('bump', bump(), bump())
        v55 = await Aw('a')
        log('v55', repr(v55))
        try:
            raise KeyError(5)
        except Exception as e:
            v57 = await track(sub_co18())
            log('v57 awaited', repr(v57))
            log('exc_info', repr(sys.exc_info()[1]))
    except StopIteration as e:
        log('caught', chain(e))
        async for v58 in AIter(0):
            log('v58', v58)
            v59 = await Aw(62)
            log('v59', repr(v59))
            return 95
        try:
            raise ValueError(8)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            raise ValueError(8)
            await Aw(2)
            log('exc_info', repr(sys.exc_info()[1]))
        log('locals', sorted(sys._getframe().f_locals))
    for v67 in range(0):
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    return 'co42 done'
log('== co42')
drive(track(co42()), ['next', ('send', 'a'), 'next', ('send', 1), ('send', 2), ('throw', RuntimeError(7))], True)
def sub_g71():
    log('plain', 1)
    v73 = yield
    log('v73', repr(v73))
    yield 'end'
    return 'sub_g71 done'
def g74():
    log('lineno', sys._getframe().f_lineno)
    where('v76')
    yield 'last'
    return 'g74 done'
log('== g74')
drive(track(g74()), [('send', None), 'close', ('throw', LookupError(4)), ('send', 2), ('send', 91)], False)
def g77():
    v78 = yield
    log('v78', repr(v78))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'a'
    for v81 in range(2):
        try:
            try:
                yield 1
                where('v84')
                log('lineno', sys._getframe().f_lineno)
                where('v86')
            except Exception as e:
                log('caught', chain(e))
                raise KeyError(9)
            finally:
                log('finally v82')
        finally:
            log('loop finally', v81, repr(sys.exc_info()[1]))
            pass
    yield 'last'
    return 'g77 done'
log('== g77')
drive(track(g77()), [('send', 1), 'next', 'next'], False)
log('end')
