SHOW = False
async def ag0():
    async for v1 in AIter(0):
        log('v1', v1)
        cnt3 = 0
        def bump():
            nonlocal cnt3
            cnt3 += 1
            where('bump')
            return cnt3
        log('bump', bump(), bump())
        v4 = yield
        log('v4', repr(v4))
        yield
    for v6 in range(0):
        where('v7')
        v8 = await Aw(91)
        log('v8', repr(v8))
        await Aw(None)
    try:
        yield
        log('gx', [x for x in range(2) if where('gxv12') is None], list(where('genv12') for _ in range(1)))
    except ValueError as e:
        log('caught', chain(e))
        raise KeyError(7)
    finally:
        log('finally v10')
    assert (
        0
    ), 'v13'
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), ['next', ('send', (1, 2)), ('send', (1, 2)), ('send', 'a')])
async def sub_co14():
    log('gx', [x for x in range(2) if where('gxv15') is None], list(where('genv15') for _ in range(1)))
    return 'sub_co14 done'
async def sub_co16():
    with CM('v17', False) as v17:
        for v18 in range(2):
            try:
                return [3]
            finally:
                log('loop finally', v18, repr(sys.exc_info()[1]))
                pass
        log('locals', sorted(sys._getframe().f_locals))
        log('exc_info', repr(sys.exc_info()[1]))
    with CM('v22', True) as v22:
        try:
            v24 = await Aw(2)
            log('v24', repr(v24))
            v25 = await Aw(1)
            log('v25', repr(v25))
        finally:
            log('finally v23')
            return 2
            v27 = await Aw(27)
            log('v27', repr(v27))
            v28 = await track(sub_co14())
            log('v28 awaited', repr(v28))
        log('locals', sorted(sys._getframe().f_locals))
    async with ACM('v30', False) as v30:
        log('gx', [x for x in range(2) if where('gxv31') is None], list(where('genv31') for _ in range(1)))
        with CM('v32', False) as v32:
            v33 = await Aw((1, 2))
            log('v33', repr(v33))
            v34 = await Aw(1)
            log('v34', repr(v34))
        cnt36 = 0
        def bump():
            nonlocal cnt36
            cnt36 += 1
            where('bump')
            return cnt36
        log('bump', bump(), bump())
        try:
            raise OSError(8)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co16 done'
async def co39():
    v40 = await Aw(None)
    log('v40', repr(v40))
    return 'co39 done'
log('== co39')
drive(track(co39()), ['next', ('throw', TypeError(5)), ('throw', ValueError(9)), 'next', ('send', (1, 2)), ('send', 8)], True)
def g41():
    cnt43 = 0
    def bump():
        nonlocal cnt43
        cnt43 += 1
        where('bump')
        return cnt43
    log('bump', bump(), bump())
    log('gx', [x for x in range(2) if where('gxv44') is None], list(where('genv44') for _ in range(1)))
    yield 'last'
    return 'g41 done'
log('== g41')
drive(track(g41()), [('send', None), 'next', ('send', 1), 'next', ('throw', ValueError(9))], False)
def sub_g45():
    v46 = yield [3]
    log('v46', repr(v46))
    log('lineno', sys._getframe().f_lineno)
    for v48 in range(1):
        where('v49')
    yield 'end'
    return 'sub_g45 done'
def sub_g50():
    class Kv51:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv51().m())
    v52 = yield
    log('v52', repr(v52))
    class Kv53:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv53().m())
    log('sum', sum(x for x in range(3)))
    yield 'end'
    return 'sub_g50 done'
def g55():
    log('locals', sorted(sys._getframe().f_locals))
    raise StopIteration(1)
    try:
        raise TypeError(6)
    except Exception as e:
        yield (1, 2)
        v60 = yield from track(sub_g45())
        log('v60 from', repr(v60))
        log('locals', sorted(sys._getframe().f_locals))
        log('exc_info', repr(sys.exc_info()[1]))
    v62 = yield from track(sub_g50())
    log('v62 from', repr(v62))
    yield 'last'
    return 'g55 done'
log('== g55')
drive(track(g55()), [('send', None), 'next', ('throw', KeyError(8)), 'next'], False)
async def ag63():
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    log('ag63 end')
log('== ag63')
adrive(track(ag63()), ['close', ('throw', LookupError(0)), ('send', 1), ('throw', TypeError(3))])
log('end')
