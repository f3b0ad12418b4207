SHOW = False
async def ag0():
    where('v1')
    with CM('v2', False) as v2:
        log('plain', [3])
        raise LookupError(2)
        await Aw('a')
        try:
            await Aw([3])
            await Aw(98)
        finally:
            log('finally v6')
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), [('throw', OSError)])
def chain9():
    try:
        try:
            try:
                try:
                    raise LookupError(4)
                except BaseException as e3:
                    raise LookupError(1)
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
            except LookupError as e2:
                raise ValueError(6)
        except ValueError as e1:
            log('handled', chain(e1))
            where('h1')
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except ValueError as e0:
        raise OSError(9) from None
    return 'no error'
log('== chain9')
try:
    log(chain9())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def co10():
    with CM('v11', False) as v11:
        await Aw(2)
        for v13 in range(1):
            v14 = await Aw((1, 2))
            log('v14', repr(v14))
            v15 = await Aw(None)
            log('v15', repr(v15))
            where('v16')
            await Aw(13)
        with CM('v18', True) as v18:
            log('lineno', sys._getframe().f_lineno)
            v20 = await Aw((1, 2))
            log('v20', repr(v20))
            return None
            v22 = await Aw(1)
            log('v22', repr(v22))
        try:
            log('lineno', sys._getframe().f_lineno)
            await Aw(1)
            await Aw('a')
            await Aw(1)
        except ValueError as e:
            log('caught', chain(e))
            raise RuntimeError(0) from e
    async for v28 in AIter(1):
        log('v28', v28)
        async for v29 in AIter(2):
            log('v29', v29)
            log('lineno', sys._getframe().f_lineno)
        try:
            raise OSError(3)
        except Exception as e:
            log('plain', 'a')
            log('plain', 69)
            await Aw([3])
            log('lineno', sys._getframe().f_lineno)
            log('exc_info', repr(sys.exc_info()[1]))
        log('locals', sorted(sys._getframe().f_locals))
    return 'co10 done'
log('== co10')
drive(track(co10()), [('send', None), ('throw', OSError(7)), 'next', 'next', ('throw', TypeError(0))], True)
async def ag37():
    where('v38')
    for v39 in range(0):
        v40 = yield
        log('v40', repr(v40))
        assert (
            0
        ), 'v41'
    yield 'last'
    log('ag37 end')
log('== ag37')
adrive(track(ag37()), [('throw', LookupError(8)), ('throw', RuntimeError(6)), ('send', 'a'), ('send', 2), ('throw', TypeError(4)), 'next'])
def chain42():
    try:
        raise LookupError(5)
    except LookupError as e0:
        raise LookupError(3) from None
    return 'no error'
log('== chain42')
try:
    log(chain42())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def ag43():
    async for v44 in AIter(1):
        log('v44', v44)
        log('exc_info', repr(sys.exc_info()[1]))
        log('lineno', sys._getframe().f_lineno)
        for v47 in range(0):
            yield
            yield
            yield (1, 2)
    yield 'last'
    log('ag43 end')
log('== ag43')
adrive(track(ag43()), [('send', [3]), ('throw', LookupError(5)), 'next', 'next'])
log('end')
