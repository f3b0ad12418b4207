SHOW = False
def chain0():
    try:
        try:
            raise ValueError(4)
        except LookupError as e1:
            raise KeyError(5) from e1
    except LookupError as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise LookupError(7)
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co1():
    cnt3 = 0
    def bump():
        nonlocal cnt3
        cnt3 += 1
        where('bump')
        return cnt3
    log('bump', bump(), bump())
    v4 = await Aw([3])
    log('v4', repr(v4))
    log('exc_info', repr(sys.exc_info()[1]))
    class Kv6:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv6().m())
    return 'sub_co1 done'
async def co7():
    await Aw([3])
    async with ACM('v9', False) as v9:
        v10 = await track(sub_co1())
        log('v10 awaited', repr(v10))
        raise RuntimeError(1)
        assert (
            0
        ), 'v12'
    return 'co7 done'
log('== co7')
drive(track(co7()), ['next', 'next'], True)
async def sub_co13():
    with CM('v14', False) as v14:
        log('locals', sorted(sys._getframe().f_locals))
        log('lineno', sys._getframe().f_lineno)
        where('v17')
    log('plain', None)
    raise RuntimeError(2)
    await Aw(1)
    return 'sub_co13 done'
async def co21():
    raise LookupError(2)
    try:
        try:
            raise LookupError(8)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            log('plain', 1)
            log('exc_info', repr(sys.exc_info()[1]))
        return (1, 2)
    finally:
        log('finally v23')
        v28 = await Aw([3])
        log('v28', repr(v28))
    v29 = {
        'k': (
            await Aw([3])
        ),
    }
    log('v29', v29)
    return 'co21 done'
log('== co21')
drive(track(co21()), ['close', 'next'], True)
def chain30():
    try:
        try:
            try:
                raise OSError(9)
            except ValueError as e2:
                raise
        except LookupError as e1:
            log('handled', chain(e1))
            where('h1')
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except LookupError as e0:
        raise RuntimeError(6)
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise RuntimeError(1)
    return 'no error'
log('== chain30')
try:
    log(chain30())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
