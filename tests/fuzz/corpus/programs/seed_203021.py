SHOW = False
async def ag0():
    log('exc_info', repr(sys.exc_info()[1]))
    class Kv2:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv2().m())
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), [('send', 1)])
def chain3():
    try:
        try:
            raise LookupError(0)
        except ValueError as e1:
            raise RuntimeError(7) from None
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except LookupError as e0:
        raise ValueError(3) from None
    return 'no error'
log('== chain3')
try:
    log(chain3())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g4():
    log('locals', sorted(sys._getframe().f_locals))
    v6 = yield
    log('v6', repr(v6))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'end'
    return 'sub_g4 done'
def g14():
    for v15 in range(2):
        try:
            for v16 in range(0):
                v17 = yield 16
                log('v17', repr(v17))
                log('lineno', sys._getframe().f_lineno)
                yield
                where('v20')
            try:
                v22 = yield 2
                log('v22', repr(v22))
                v23 = yield [3]
                log('v23', repr(v23))
                v24 = yield
                log('v24', repr(v24))
            except TypeError as e:
                log('caught', chain(e))
                raise RuntimeError(6) from e
            finally:
                log('finally v21')
        finally:
            log('loop finally', v15, repr(sys.exc_info()[1]))
            break
    try:
        raise RuntimeError(0)
    except Exception as e:
        for v26 in range(1):
            where('v27')
            where('v28')
        with CM('v29', False) as v29:
            yield
            where('v31')
            log('lineno', sys._getframe().f_lineno)
        log('exc_info', repr(sys.exc_info()[1]))
    class Kv33:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv33().m())
    class Kv34:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv34().m())
    yield 'last'
    return 'g14 done'
log('== g14')
drive(track(g14()), [('send', None), ('throw', ValueError), ('send', 2), 'next', ('throw', LookupError(3)), 'next'], False)
async def ag35():
    try:
        where('v37')
        log('gx', [x for x in range(2) if where('gxv38') is None], list(where('genv38') for _ in range(1)))
        async with ACM('v39', False) as v39:
            log('lineno', sys._getframe().f_lineno)
            await Aw((1, 2))
            log('plain', 1)
            await Aw('a')
        await Aw(89)
    except StopIteration as e:
        log('caught', chain(e))
        where('v45')
        async for v46 in AIter(0):
            log('v46', v46)
            v47 = await Aw(12)
            log('v47', repr(v47))
            v48 = yield [3]
            log('v48', repr(v48))
    async for v49 in AIter(1):
        log('v49', v49)
        for v50 in range(1):
            yield
        for v52 in range(2):
            try:
                v53 = yield
                log('v53', repr(v53))
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v52, repr(sys.exc_info()[1]))
                break
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    log('ag35 end')
log('== ag35')
adrive(track(ag35()), [('send', 'a'), ('send', (1, 2)), ('throw', KeyError)])
async def co56():
    async with ACM('v57', False) as v57:
        try:
            await Aw([3])
            log('lineno', sys._getframe().f_lineno)
            v61 = await Aw('a')
            log('v61', repr(v61))
            v62 = await Aw(2)
            log('v62', repr(v62))
        except OSError as e:
            log('caught', chain(e))
            raise ValueError(5) from e
    return 'co56 done'
log('== co56')
drive(track(co56()), ['next'], True)
def chain63():
    try:
        try:
            try:
                try:
                    raise ValueError(8)
                except BaseException as e3:
                    raise TypeError(7) from None
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
            except BaseException as e2:
                raise
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except ValueError as e1:
            raise KeyError(5)
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except ValueError as e0:
        raise RuntimeError(3) from e0
    return 'no error'
log('== chain63')
try:
    log(chain63())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
