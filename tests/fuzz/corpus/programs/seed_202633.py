SHOW = False
async def co0():
    await Aw(None)
    raise LookupError(8)
    where('v3')
    cnt5 = 0
    def bump():
        nonlocal cnt5
        cnt5 += 1
        where('bump')
        return cnt5
    log('bump', bump(), bump())
    return 'co0 done'
log('== co0')
drive(track(co0()), ['next', ('send', [3]), ('send', (1, 2))], True)
def sub_g6():
    log('sum', sum(x for x in range(3)))
    for v8 in range(1):
        for v9 in range(2):
            log('plain', [3])
            v11 = yield None
            log('v11', repr(v11))
            where('v12')
            v13 = yield 2
            log('v13', repr(v13))
    class Kv14:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv14().m())
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g6 done'
def g16():
    try:
        raise RuntimeError(7)
    except Exception as e:
        log('lineno', sys._getframe().f_lineno)
        yield 2
        log('exc_info', repr(sys.exc_info()[1]))
    log('sum', sum(x for x in range(3)))
    where('v21')
    yield 'last'
    return 'g16 done'
log('== g16')
drive(track(g16()), [('throw', TypeError), ('send', 52)], False)
def chain22():
    try:
        raise LookupError(4)
    except Exception as e0:
        raise KeyError(6) from None
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain22')
try:
    log(chain22())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co23():
    class Kv24:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv24().m())
    try:
        raise RuntimeError(7)
    except Exception as e:
        where('v26')
        async for v27 in AIter(1):
            log('v27', v27)
            log('lineno', sys._getframe().f_lineno)
        class Kv29:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv29().m())
        log('exc_info', repr(sys.exc_info()[1]))
    v30 = await Aw('a')
    log('v30', repr(v30))
    return 'sub_co23 done'
async def co31():
    async for v32 in AIter(2):
        log('v32', v32)
        with CM('v33', False) as v33:
            where('v34')
            raise TypeError(9)
        raise OSError(0)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    for v44 in range(2):
        try:
            v45 = await track(sub_co23())
            log('v45 awaited', repr(v45))
            log('gx', [x for x in range(2) if where('gxv46') is None], list(where('genv46') for _ in range(1)))
            async for v47 in AIter(0):
                log('v47', v47)
                v48 = await Aw(2)
                log('v48', repr(v48))
                log('plain', None)
                v50 = await track(sub_co23())
                log('v50 awaited', repr(v50))
                log('lineno', sys._getframe().f_lineno)
            await Aw(2)
        finally:
            log('loop finally', v44, repr(sys.exc_info()[1]))
            break
    cnt54 = 0
    def bump():
        nonlocal cnt54
        cnt54 += 1
        where('bump')
        return cnt54
    log('bump', bump(), bump())
    return 'co31 done'
log('== co31')
drive(track(co31()), ['next'], True)
async def sub_co55():
    await Aw(2)
    with CM('v57', False) as v57:
        for v58 in range(2):
            v59 = await Aw((1, 2))
            log('v59', repr(v59))
            v60 = await Aw(2)
            log('v60', repr(v60))
        await Aw(2)
    where('v62')
    log('lineno', sys._getframe().f_lineno)
    return 'sub_co55 done'
async def sub_co64():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    log(
        'v72',
        await Aw((1, 2)),
        sys._getframe().f_lineno,
    )
    v73 = (
        await Aw(45)
    )
    log('v73', v73)
    raise KeyError(2)
    return 'sub_co64 done'
async def co75():
    cnt77 = 0
    def bump():
        nonlocal cnt77
        cnt77 += 1
        where('bump')
        return cnt77
    log('bump', bump(), bump())
    class Kv78:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv78().m())
    log('gx', [x for x in range(2) if where('gxv79') is None], list(where('genv79') for _ in range(1)))
    raise TypeError(9)
    return 'co75 done'
log('== co75')
drive(track(co75()), [('send', None), ('send', 2), ('throw', RuntimeError(3))], True)
log('end')
