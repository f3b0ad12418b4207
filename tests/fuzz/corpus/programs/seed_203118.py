SHOW = False
async def ag0():
    where('v1')
    v2 = await Aw(77)
    log('v2', repr(v2))
    async for v3 in AIter(0):
        log('v3', v3)
        log('lineno', sys._getframe().f_lineno)
    for v5 in range(1):
        yield 2
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), ['next'])
async def ag7():
    for v8 in range(1):
        raise StopAsyncIteration(2)
        async with ACM('v10', False) as v10:
            yield
            log('lineno', sys._getframe().f_lineno)
            v13 = yield
            log('v13', repr(v13))
    raise StopAsyncIteration(0)
    async with ACM('v15', False) as v15:
        yield
        raise StopAsyncIteration(4)
    yield 'last'
    log('ag7 end')
log('== ag7')
adrive(track(ag7()), [('throw', OSError(9)), 'next', ('send', 'a'), 'next'])
def sub_g18():
    log('sum', sum(x for x in range(3)))
    log('gx', [x for x in range(2) if where('gxv20') is None], list(where('genv20') for _ in range(1)))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'end'
    return 'sub_g18 done'
def sub_g24():
    v25 = yield
    log('v25', repr(v25))
    log('sum', sum(x for x in range(3)))
    for v27 in range(0):
        yield
        class Kv29:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv29().m())
    yield 'end'
    return 'sub_g24 done'
def g30():
    cnt32 = 0
    def bump():
        nonlocal cnt32
        cnt32 += 1
        where('bump')
        return cnt32
    log('bump', bump(), bump())
    yield 'last'
    return 'g30 done'
log('== g30')
drive(track(g30()), ['next', ('throw', RuntimeError(6)), 'next', ('send', 2)], False)
def sub_g33():
    log('sum', sum(x for x in range(3)))
    yield
    log('sum', sum(x for x in range(3)))
    v37 = (None
        .__class__
        .nope)
    yield 'end'
    return 'sub_g33 done'
def g38():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    for v45 in range(2):
        try:
            raise ValueError(
                1,
            )
        finally:
            log('loop finally', v45, repr(sys.exc_info()[1]))
            pass
    yield 'last'
    return 'g38 done'
log('== g38')
drive(track(g38()), [('send', None), ('send', 1), ('throw', OSError(7))], False)
log('end')
