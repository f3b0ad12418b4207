SHOW = False
async def sub_co0():
    raise KeyError(7)
    return 'sub_co0 done'
async def co2():
    for v3 in range(2):
        try:
            for v4 in range(1):
                await Aw(2)
                v6 = await track(sub_co0())
                log('v6 awaited', repr(v6))
                return (1, 2)
        finally:
            log('loop finally', v3, repr(sys.exc_info()[1]))
            break
    v8 = await Aw((1, 2))
    log('v8', repr(v8))
    return 'co2 done'
log('== co2')
drive(track(co2()), [('throw', LookupError(6)), 'next', ('throw', LookupError)], True)
async def co9():
    log('lineno', sys._getframe().f_lineno)
    where('v11')
    await Aw((1, 2))
    v13 = (None
        .__class__
        .nope)
    return 'co9 done'
log('== co9')
drive(track(co9()), [('send', (1, 2)), ('send', 'a'), 'next', 'close'], True)
async def ag14():
    try:
        raise ValueError(5)
    except Exception as e:
        async with ACM('v16', False) as v16:
            v17 = yield
            log('v17', repr(v17))
        log('exc_info', repr(sys.exc_info()[1]))
    log('exc_info', repr(sys.exc_info()[1]))
    cnt20 = 0
    def bump():
        nonlocal cnt20
        cnt20 += 1
        where('bump')
        return cnt20
    log('bump', bump(), bump())
    v21 = await Aw(85)
    log('v21', repr(v21))
    yield 'last'
    log('ag14 end')
log('== ag14')
adrive(track(ag14()), [('throw', KeyError(7)), 'next', 'next', 'next', ('throw', KeyError), 'close'])
def sub_g22():
    log('locals', sorted(sys._getframe().f_locals))
    v24 = yield
    log('v24', repr(v24))
    with CM('v25', False) as v25:
        try:
            raise TypeError(5)
        except Exception as e:
            yield (1, 2)
            log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g22 done'
def sub_g29():
    log('sum', sum(x for x in range(3)))
    raise StopIteration(2)
    yield 'end'
    return 'sub_g29 done'
def g32():
    log('v33', (
        sys
        ._getframe()
        .f_lineno
    ))
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g32 done'
log('== g32')
drive(track(g32()), [('send', None), ('throw', RuntimeError(1)), ('send', 28), 'next'], False)
async def sub_co35():
    v36 = await Aw(None)
    log('v36', repr(v36))
    async for v37 in AIter(1):
        log('v37', v37)
        await Aw(None)
        log(
            'v39',
            await Aw([3]),
            sys._getframe().f_lineno,
        )
        for v40 in range(2):
            try:
                await Aw('a')
                where('v42')
                where('v43')
            finally:
                log('loop finally', v40, repr(sys.exc_info()[1]))
                pass
        v44 = await Aw(1)
        log('v44', repr(v44))
    return 'sub_co35 done'
async def co45():
    log('v46', (
        sys
        ._getframe()
        .f_lineno
    ))
    class Kv47:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv47().m())
    for v48 in range(2):
        try:
            for v49 in range(2):
                try:
                    raise RuntimeError(6)
                    log('lineno', sys._getframe().f_lineno)
                    log('lineno', sys._getframe().f_lineno)
                finally:
                    log('loop finally', v49, repr(sys.exc_info()[1]))
                    pass
        finally:
            log('loop finally', v48, repr(sys.exc_info()[1]))
            pass
    return 'co45 done'
log('== co45')
drive(track(co45()), ['next', 'next'], True)
async def ag53():
    where('v54')
    class Kv55:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv55().m())
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    log('ag53 end')
log('== ag53')
adrive(track(ag53()), [('throw', LookupError)])
log('end')
