SHOW = False
def chain0():
    try:
        try:
            raise KeyError(3)
        except LookupError as e1:
            raise KeyError(5) from None
    except BaseException as e0:
        raise LookupError(4) from e0
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co1():
    log('gx', [x for x in range(2) if where('gxv2') is None], list(where('genv2') for _ in range(1)))
    return 'sub_co1 done'
async def sub_co3():
    log('gx', [x for x in range(2) if where('gxv4') is None], list(where('genv4') for _ in range(1)))
    log('exc_info', repr(sys.exc_info()[1]))
    class Kv6:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv6().m())
    return 'sub_co3 done'
async def co7():
    await Aw(1)
    v9 = await Aw([3])
    log('v9', repr(v9))
    return 'co7 done'
log('== co7')
drive(track(co7()), [('send', (1, 2))], True)
async def sub_co10():
    with CM('v11', True) as v11:
        v12 = await Aw(2)
        log('v12', repr(v12))
    raise RuntimeError(5)
    try:
        raise ValueError(9)
    except Exception as e:
        try:
            log('lineno', sys._getframe().f_lineno)
            where('v17')
            v18 = await Aw((1, 2))
            log('v18', repr(v18))
            v19 = await Aw('a')
            log('v19', repr(v19))
        except StopIteration as e:
            log('caught', chain(e))
            raise KeyError(7)
        where('v20')
        log('exc_info', repr(sys.exc_info()[1]))
    v21 = (None
        .__class__
        .nope)
    return 'sub_co10 done'
async def co22():
    async for v23 in AIter(1):
        log('v23', v23)
        v24 = await track(sub_co10())
        log('v24 awaited', repr(v24))
        async with ACM('v25', True) as v25:
            v26 = await track(sub_co10())
            log('v26 awaited', repr(v26))
            log('plain', 1)
        where('v28')
    return 'co22 done'
log('== co22')
drive(track(co22()), [('throw', ValueError(9))], True)
log('end')
