SHOW = True
def sub_g0():
    log('exc_info', repr(sys.exc_info()[1]))
    raise StopIteration(4)
    cnt4 = 0
    def bump():
        nonlocal cnt4
        cnt4 += 1
        where('bump')
        return cnt4
    log('bump', bump(), bump())
    yield 'end'
    return 'sub_g0 done'
def g5():
    cnt7 = 0
    def bump():
        nonlocal cnt7
        cnt7 += 1
        where('bump')
        return cnt7
    log('bump', bump(), bump())
    yield
    log('plain', (1, 2))
    yield 'last'
    return 'g5 done'
log('== g5')
drive(track(g5()), [('send', None), 'next'], False)
async def sub_co10():
    class Kv11:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv11().m())
    return 'sub_co10 done'
async def co12():
    async for v13 in AIter(1):
        log('v13', v13)
        for v14 in range(2):
            v15 = await track(sub_co10())
            log('v15 awaited', repr(v15))
        async with ACM('v16', True) as v16:
            v17 = await Aw(1)
            log('v17', repr(v17))
            v18 = await Aw([3])
            log('v18', repr(v18))
        log('plain', [3])
    where('v20')
    return 'co12 done'
log('== co12')
drive(track(co12()), ['close'], True)
def chain21():
    try:
        raise ValueError(4)
    except BaseException as e0:
        raise
    return 'no error'
log('== chain21')
try:
    log(chain21())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co22():
    try:
        assert (
            0
        ), 'v24'
        class Kv25:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv25().m())
        v26 = await Aw((1, 2))
        log('v26', repr(v26))
        log('locals', sorted(sys._getframe().f_locals))
    except TypeError as e:
        log('caught', chain(e))
        raise TypeError(5) from e
    finally:
        log('finally v23')
    class Kv28:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv28().m())
    return 'sub_co22 done'
async def sub_co29():
    log('lineno', sys._getframe().f_lineno)
    v31 = await Aw(None)
    log('v31', repr(v31))
    log('locals', sorted(sys._getframe().f_locals))
    try:
        raise ValueError(7)
    except Exception as e:
        try:
            raise KeyError(5)
        except Exception as e:
            v35 = await Aw(None)
            log('v35', repr(v35))
            v36 = await track(sub_co22())
            log('v36 awaited', repr(v36))
            log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co29 done'
async def co37():
    try:
        raise KeyError(2)
    except Exception as e:
        log('exc_info', repr(sys.exc_info()[1]))
        raise KeyError(7)
        async with ACM('v41', False) as v41:
            log('lineno', sys._getframe().f_lineno)
        async with ACM('v43', True) as v43:
            v44 = await Aw(None)
            log('v44', repr(v44))
            await Aw(90)
            log('lineno', sys._getframe().f_lineno)
        log('exc_info', repr(sys.exc_info()[1]))
    v47 = await Aw([3])
    log('v47', repr(v47))
    return 'co37 done'
log('== co37')
drive(track(co37()), ['next', 'next', ('throw', RuntimeError(7)), 'next', 'next', 'next'], True)
async def ag48():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    log('gx', [x for x in range(2) if where('gxv54') is None], list(where('genv54') for _ in range(1)))
    log('plain', 2)
    try:
        raise KeyError(1)
    except Exception as e:
        try:
            where('v58')
            v59 = yield None
            log('v59', repr(v59))
            yield 'a'
            yield
        finally:
            pass
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag48 end')
log('== ag48')
adrive(track(ag48()), [('throw', TypeError(9)), ('throw', OSError(6)), 'next', ('send', None)])
def g62():
    log('sum', sum(x for x in range(3)))
    class Kv64:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv64().m())
    try:
        yield 'a'
        try:
            raise RuntimeError(9)
        except Exception as e:
            v68 = yield
            log('v68', repr(v68))
            log('exc_info', repr(sys.exc_info()[1]))
        v69 = yield
        log('v69', repr(v69))
    finally:
        pass
    yield
    yield 'last'
    return 'g62 done'
log('== g62')
drive(track(g62()), ['next', ('throw', ValueError), 'next', 'close', ('send', [3]), 'next'], False)
log('end')
