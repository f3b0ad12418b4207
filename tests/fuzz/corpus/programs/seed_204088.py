SHOW = True
def sub_g0():
    yield
    v2 = yield
    log('v2', repr(v2))
    raise ValueError(
        3,
    )
    log('gx', [x for x in range(2) if where('gxv4') is None], list(where('genv4') for _ in range(1)))
    yield 'end'
    return 'sub_g0 done'
def g5():
    raise StopIteration(2)
    with CM('v7', True) as v7:
        for v8 in range(1):
            v9 = yield from track(sub_g0())
            log('v9 from', repr(v9))
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
        v12 = yield from track(sub_g0())
        log('v12 from', repr(v12))
        v13 = yield
        log('v13', repr(v13))
        yield 2
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'last'
    return 'g5 done'
log('== g5')
drive(track(g5()), [('send', None), 'next', 'next'], False)
async def sub_co21():
    return 2
    v23 = await Aw('a')
    log('v23', repr(v23))
    return 'sub_co21 done'
async def sub_co24():
    raise RuntimeError(1)
    v26 = await track(sub_co21())
    log('v26 awaited', repr(v26))
    log('plain', [3])
    return 'sub_co24 done'
async def co28():
    where('v29')
    log('gx', [x for x in range(2) if where('gxv30') is None], list(where('genv30') for _ in range(1)))
    for v31 in range(2):
        try:
            try:
                log('plain', None)
                await Aw((1, 2))
                v35 = await track(sub_co21())
                log('v35 awaited', repr(v35))
            except LookupError as e:
                log('caught', chain(e))
                log('plain', (1, 2))
                v37 = await track(sub_co24())
                log('v37 awaited', repr(v37))
                v38 = await track(sub_co21())
                log('v38 awaited', repr(v38))
            finally:
                log('finally v32')
                where('v39')
            v40 = await Aw([3])
            log('v40', repr(v40))
            with CM('v41', False) as v41:
                v42 = await Aw('a')
                log('v42', repr(v42))
                log('plain', 2)
                await Aw([3])
            assert (
                1
            ), 'v45'
        finally:
            log('loop finally', v31, repr(sys.exc_info()[1]))
            pass
    async with ACM('v46', True) as v46:
        class Kv47:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv47().m())
        async with ACM('v48', False) as v48:
            v49 = await track(sub_co24())
            log('v49 awaited', repr(v49))
            return (1, 2)
            log('plain', (1, 2))
            v52 = await Aw(None)
            log('v52', repr(v52))
    return 'co28 done'
log('== co28')
drive(track(co28()), [('send', 2), 'next', 'close', 'next', ('send', 'a'), ('throw', TypeError)], True)
def chain53():
    try:
        try:
            try:
                raise OSError(4)
            except Exception as e2:
                raise
        except LookupError as e1:
            raise LookupError(6) from e1
    except LookupError as e0:
        raise
    return 'no error'
log('== chain53')
try:
    log(chain53())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g54():
    yield
    yield 'end'
    return 'sub_g54 done'
def g56():
    cnt58 = 0
    def bump():
        nonlocal cnt58
        cnt58 += 1
        where('bump')
        return cnt58
    log('bump', bump(), bump())
    cnt60 = 0
    def bump():
        nonlocal cnt60
        cnt60 += 1
        where('bump')
        return cnt60
    log('bump', bump(), bump())
    raise TypeError(2)
    for v62 in range(2):
        v63 = yield
        log('v63', repr(v63))
    yield 'last'
    return 'g56 done'
log('== g56')
drive(track(g56()), ['next', ('send', 2), ('send', 1), 'next'], False)
def chain64():
    try:
        try:
            try:
                raise RuntimeError(4)
            except Exception as e2:
                log('handled', chain(e2))
                where('h2')
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except Exception as e1:
            raise
    except BaseException as e0:
        raise ValueError(8) from None
    return 'no error'
log('== chain64')
try:
    log(chain64())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain65():
    try:
        try:
            raise LookupError(8)
        except Exception as e1:
            log('handled', chain(e1))
            where('h1')
    except ValueError as e0:
        raise ValueError(2)
    return 'no error'
log('== chain65')
try:
    log(chain65())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
