SHOW = True
async def sub_co0():
    raise TypeError(0)
    async for v2 in AIter(2):
        log('v2', v2)
        for v3 in range(2):
            try:
                v4 = await Aw('a')
                log('v4', repr(v4))
                v5 = await Aw([3])
                log('v5', repr(v5))
            finally:
                log('loop finally', v3, repr(sys.exc_info()[1]))
                break
        log('gx', [x for x in range(2) if where('gxv6') is None], list(where('genv6') for _ in range(1)))
        return (1, 2)
        async with ACM('v8', False) as v8:
            v9 = await Aw('a')
            log('v9', repr(v9))
    log('lineno', sys._getframe().f_lineno)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    return 'sub_co0 done'
async def sub_co18():
    raise KeyError(2)
    return 'sub_co18 done'
async def co20():
    async for v21 in AIter(2):
        log('v21', v21)
        log('locals', sorted(sys._getframe().f_locals))
        v23 = await Aw(None)
        log('v23', repr(v23))
        v24 = await Aw(2)
        log('v24', repr(v24))
        v25 = await track(sub_co18())
        log('v25 awaited', repr(v25))
    log('exc_info', repr(sys.exc_info()[1]))
    await Aw(None)
    return 'co20 done'
log('== co20')
drive(track(co20()), ['next'], True)
def sub_g28():
    for v29 in range(1):
        where('v30')
        where(
            'v31'
        )
        yield 9
        where('v33')
    yield 'end'
    return 'sub_g28 done'
def sub_g34():
    log('locals', sorted(sys._getframe().f_locals))
    yield 'end'
    return 'sub_g34 done'
def g36():
    yield [3]
    yield [3]
    v39 = yield from track(sub_g34())
    log('v39 from', repr(v39))
    class Kv40:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv40().m())
    yield 'last'
    return 'g36 done'
log('== g36')
drive(track(g36()), ['next', ('throw', OSError(1)), 'next', ('send', 2), ('send', 'a'), ('send', [3])], False)
def chain41():
    try:
        try:
            try:
                try:
                    raise LookupError(8)
                except Exception as e3:
                    raise TypeError(0) from None
            except ValueError as e2:
                raise RuntimeError(0) from e2
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except ValueError as e1:
            raise RuntimeError(5) from None
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except Exception as e0:
        raise OSError(4) from e0
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise KeyError(4)
    return 'no error'
log('== chain41')
try:
    log(chain41())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co42():
    v43 = await Aw((1, 2))
    log('v43', repr(v43))
    return 'sub_co42 done'
async def co44():
    log('lineno', sys._getframe().f_lineno)
    return 'co44 done'
log('== co44')
drive(track(co44()), [('throw', KeyError(8)), 'next', 'next', 'next'], True)
log('end')
