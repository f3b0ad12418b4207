SHOW = False
def g0():
    try:
        raise RuntimeError(5)
    except Exception as e:
        try:
            raise OSError(8)
        except Exception as e:
            raise ValueError(6)
            log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('send', None), 'next', 'next', 'next', ('send', [3])], False)
async def sub_co5():
    raise ValueError(7)
    async for v7 in AIter(0):
        log('v7', v7)
        log('gx', [x for x in range(2) if where('gxv8') is None], list(where('genv8') for _ in range(1)))
        for v9 in range(1):
            await Aw(None)
            return 'a'
        async with ACM('v12', False) as v12:
            return (1, 2)
            v14 = await Aw(1)
            log('v14', repr(v14))
            await Aw(1)
    return 'sub_co5 done'
async def co16():
    try:
        raise TypeError(8)
    except Exception as e:
        async for v18 in AIter(2):
            log('v18', v18)
            await Aw(1)
            v20 = await track(sub_co5())
            log('v20 awaited', repr(v20))
        for v21 in range(2):
            try:
                log('plain', 1)
                log('lineno', sys._getframe().f_lineno)
                where('v24')
            finally:
                log('loop finally', v21, repr(sys.exc_info()[1]))
                pass
        async for v25 in AIter(1):
            log('v25', v25)
            v26 = await track(sub_co5())
            log('v26 awaited', repr(v26))
            v27 = await Aw([3])
            log('v27', repr(v27))
        log('exc_info', repr(sys.exc_info()[1]))
    return 'co16 done'
log('== co16')
drive(track(co16()), ['next', ('throw', ValueError(8))], True)
async def co28():
    for v29 in range(0):
        log('gx', [x for x in range(2) if where('gxv30') is None], list(where('genv30') for _ in range(1)))
        log('locals', sorted(sys._getframe().f_locals))
        with CM('v32', False) as v32:
            await Aw(1)
            where('v34')
            raise OSError(4)
        try:
            log('lineno', sys._getframe().f_lineno)
            return 31
            v39 = await Aw((1, 2))
            log('v39', repr(v39))
            raise OSError(9)
        except TypeError as e:
            log('caught', chain(e))
            raise ValueError(2) from e
        finally:
            log('finally v36')
    log('locals', sorted(sys._getframe().f_locals))
    cnt43 = 0
    def bump():
        nonlocal cnt43
        cnt43 += 1
        where('bump')
        return cnt43
    log('bump', bump(), bump())
    return 'co28 done'
log('== co28')
drive(track(co28()), [('send', None), ('throw', LookupError(8)), ('throw', RuntimeError), 'next', ('throw', OSError(4))], True)
log('end')
