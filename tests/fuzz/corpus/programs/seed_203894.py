SHOW = False
def chain0():
    try:
        try:
            try:
                try:
                    raise ValueError(8)
                except BaseException as e3:
                    raise RuntimeError(7)
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
                    raise OSError(9)
            except BaseException as e2:
                raise
        except BaseException as e1:
            raise
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except ValueError as e0:
        raise RuntimeError(1) from None
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
    cnt3 = 0
    def bump():
        nonlocal cnt3
        cnt3 += 1
        where('bump')
        return cnt3
    log('bump', bump(), bump())
    return 'sub_co1 done'
async def co4():
    try:
        raise KeyError(1)
    except Exception as e:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        log('exc_info', repr(sys.exc_info()[1]))
    return 'co4 done'
log('== co4')
drive(track(co4()), [('throw', RuntimeError), ('throw', KeyError(4))], True)
def sub_g10():
    log('gx', [x for x in range(2) if where('gxv11') is None], list(where('genv11') for _ in range(1)))
    v12 = yield
    log('v12', repr(v12))
    where('v13')
    yield 'end'
    return 'sub_g10 done'
def sub_g14():
    try:
        log('gx', [x for x in range(2) if where('gxv16') is None], list(where('genv16') for _ in range(1)))
        raise ValueError(
            0,
        )
        yield None
        v19 = yield from track(sub_g10())
        log('v19 from', repr(v19))
    finally:
        pass
    cnt21 = 0
    def bump():
        nonlocal cnt21
        cnt21 += 1
        where('bump')
        return cnt21
    log('bump', bump(), bump())
    yield 'end'
    return 'sub_g14 done'
def g22():
    log('exc_info', repr(sys.exc_info()[1]))
    log('gx', [x for x in range(2) if where('gxv24') is None], list(where('genv24') for _ in range(1)))
    class Kv25:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv25().m())
    raise ValueError(3)
    yield 'last'
    return 'g22 done'
log('== g22')
drive(track(g22()), [('throw', LookupError(0)), ('throw', OSError)], False)
log('end')
