SHOW = False
async def co0():
    cnt2 = 0
    def bump():
        nonlocal cnt2
        cnt2 += 1
        where('bump')
        return cnt2
    log('bump', bump(), bump())
    log('gx', [x for x in range(2) if where('gxv3') is None], list(where('genv3') for _ in range(1)))
    log('locals', sorted(sys._getframe().f_locals))
    return 'co0 done'
log('== co0')
drive(track(co0()), [('throw', KeyError(6)), 'next', 'close', 'close'], True)
async def sub_co5():
    with CM('v6', True) as v6:
        async with ACM('v7', False) as v7:
            await Aw((1, 2))
        where(
            'v9'
        )
        with CM('v10', True) as v10:
            await Aw(None)
            log('lineno', sys._getframe().f_lineno)
    await Aw('a')
    return 'sub_co5 done'
async def sub_co14():
    where(
        'v15'
    )
    return 'sub_co14 done'
async def co16():
    try:
        try:
            raise KeyError(7)
        except Exception as e:
            log('plain', (1, 2))
            await Aw((1, 2))
            await Aw((1, 2))
            log('exc_info', repr(sys.exc_info()[1]))
        v22 = await Aw([3])
        log('v22', repr(v22))
        raise ValueError(3)
        cnt25 = 0
        def bump():
            nonlocal cnt25
            cnt25 += 1
            where('bump')
            return cnt25
        log('bump', bump(), bump())
    except BaseException as e:
        log('caught', chain(e))
        raise
    async for v26 in AIter(1):
        log('v26', v26)
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        with CM('v30', False) as v30:
            v31 = await track(sub_co5())
            log('v31 awaited', repr(v31))
    where(
        'v32'
    )
    return 'co16 done'
log('== co16')
drive(track(co16()), [('send', 1), ('throw', TypeError(2)), 'next', ('throw', OSError(2))], True)
async def sub_co33():
    with CM('v34', True) as v34:
        for v35 in range(1):
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            where('v38')
        log('lineno', sys._getframe().f_lineno)
        log('exc_info', repr(sys.exc_info()[1]))
        raise TypeError(1)
    return 'sub_co33 done'
async def sub_co42():
    for v43 in range(2):
        try:
            log('plain', 1)
            log('exc_info', repr(sys.exc_info()[1]))
        finally:
            log('loop finally', v43, repr(sys.exc_info()[1]))
            pass
    return 'sub_co42 done'
async def co46():
    where('v47')
    v48 = {
        'k': (
            await Aw('a')
        ),
    }
    log('v48', v48)
    return [3]
    async with ACM('v50', True) as v50:
        v51 = await track(sub_co42())
        log('v51 awaited', repr(v51))
        log('lineno', sys._getframe().f_lineno)
    return 'co46 done'
log('== co46')
drive(track(co46()), ['next', ('send', (1, 2)), ('throw', KeyError), ('send', (1, 2)), 'next', ('send', (1, 2))], True)
async def sub_co53():
    v54 = await Aw(None)
    log('v54', repr(v54))
    log('locals', sorted(sys._getframe().f_locals))
    return 'sub_co53 done'
async def sub_co56():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    return 'sub_co56 done'
async def co59():
    try:
        raise LookupError(9)
    except Exception as e:
        try:
            raise RuntimeError(2)
        except Exception as e:
            await Aw(54)
            log('exc_info', repr(sys.exc_info()[1]))
        try:
            raise OSError(1)
        except Exception as e:
            raise ValueError(2)
            log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    for v65 in range(2):
        try:
            log('exc_info', repr(sys.exc_info()[1]))
            v67 = await track(sub_co56())
            log('v67 awaited', repr(v67))
            log('locals', sorted(sys._getframe().f_locals))
        finally:
            log('loop finally', v65, repr(sys.exc_info()[1]))
            pass
    log('locals', sorted(sys._getframe().f_locals))
    raise OSError(2)
    return 'co59 done'
log('== co59')
drive(track(co59()), ['next', ('send', 'a'), ('send', 89), ('throw', TypeError(6))], True)
log('end')
