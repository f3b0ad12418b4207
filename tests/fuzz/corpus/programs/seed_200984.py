SHOW = False
def chain0():
    try:
        try:
            raise TypeError(8)
        except ValueError as e1:
            raise RuntimeError(6) from None
    except LookupError as e0:
        raise OSError(7) from None
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co1():
    return None
    log('plain', 'a')
    log('gx', [x for x in range(2) if where('gxv4') is None], list(where('genv4') for _ in range(1)))
    with CM('v5', False) as v5:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    return 'sub_co1 done'
async def co10():
    return 43
    where('v12')
    log('lineno', sys._getframe().f_lineno)
    await Aw('a')
    return 'co10 done'
log('== co10')
drive(track(co10()), [('send', None), ('throw', LookupError(5)), ('throw', KeyError(5)), 'next'], True)
def chain15():
    try:
        raise ValueError(0)
    except BaseException as e0:
        log('handled', chain(e0))
        where('h0')
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain15')
try:
    log(chain15())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain16():
    try:
        raise TypeError(8)
    except Exception as e0:
        raise RuntimeError(9) from e0
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain16')
try:
    log(chain16())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g17():
    yield
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    where('v22')
    v23 = yield
    log('v23', repr(v23))
    yield 'end'
    return 'sub_g17 done'
def g24():
    cnt26 = 0
    def bump():
        nonlocal cnt26
        cnt26 += 1
        where('bump')
        return cnt26
    log('bump', bump(), bump())
    yield 'last'
    return 'g24 done'
log('== g24')
drive(track(g24()), ['close', ('throw', OSError(2)), ('send', None)], False)
def sub_g27():
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g27 done'
def sub_g29():
    class Kv30:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv30().m())
    try:
        log('lineno', sys._getframe().f_lineno)
        v33 = yield
        log('v33', repr(v33))
        log('lineno', sys._getframe().f_lineno)
        log('lineno', sys._getframe().f_lineno)
    except ValueError as e:
        log('caught', chain(e))
        raise OSError(6) from e
    finally:
        log('finally v31')
    log('exc_info', repr(sys.exc_info()[1]))
    for v37 in range(1):
        yield
    yield 'end'
    return 'sub_g29 done'
def g39():
    raise StopIteration(2)
    v41 = yield 1
    log('v41', repr(v41))
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g39 done'
log('== g39')
drive(track(g39()), ['next', 'next', 'close', ('throw', RuntimeError(0))], False)
log('end')
