SHOW = False
def chain0():
    try:
        raise ValueError(1)
    except Exception as e0:
        raise OSError(4) from None
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
def sub_g1():
    raise StopIteration(2)
    yield 'end'
    return 'sub_g1 done'
def g3():
    cnt5 = 0
    def bump():
        nonlocal cnt5
        cnt5 += 1
        where('bump')
        return cnt5
    log('bump', bump(), bump())
    yield 'last'
    return 'g3 done'
log('== g3')
drive(track(g3()), [('throw', ValueError(0)), 'next', ('throw', OSError(2))], False)
async def sub_co6():
    with CM('v7', False) as v7:
        raise LookupError(9)
    return 'sub_co6 done'
async def co9():
    class Kv10:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv10().m())
    for v11 in range(2):
        class Kv12:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv12().m())
    for v13 in range(2):
        try:
            class Kv14:
                where('class')
                def m(self):
                    where('method')
                    return sys._getframe().f_code.co_qualname
            log(Kv14().m())
            async with ACM('v15', False) as v15:
                await Aw((1, 2))
                v17 = await Aw(1)
                log('v17', repr(v17))
                where('v18')
                v19 = await Aw(30)
                log('v19', repr(v19))
            log('lineno', sys._getframe().f_lineno)
            log('locals', sorted(sys._getframe().f_locals))
        finally:
            log('loop finally', v13, repr(sys.exc_info()[1]))
            break
    for v22 in range(2):
        try:
            log('exc_info', repr(sys.exc_info()[1]))
        finally:
            log('loop finally', v22, repr(sys.exc_info()[1]))
            break
    return 'co9 done'
log('== co9')
drive(track(co9()), ['close', ('throw', RuntimeError(9)), 'next'], True)
async def ag24():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    for v29 in range(2):
        try:
            v30 = await Aw(12)
            log('v30', repr(v30))
            log('exc_info', repr(sys.exc_info()[1]))
            for v32 in range(1):
                where('v33')
                where('v34')
                v35 = yield
                log('v35', repr(v35))
            yield
        finally:
            log('loop finally', v29, repr(sys.exc_info()[1]))
            continue
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag24 end')
log('== ag24')
adrive(track(ag24()), ['close'])
def sub_g38():
    log('gx', [x for x in range(2) if where('gxv39') is None], list(where('genv39') for _ in range(1)))
    yield 'end'
    return 'sub_g38 done'
def g40():
    try:
        raise KeyError(8)
    except Exception as e:
        for v42 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
                v44 = yield 1
                log('v44', repr(v44))
                log('lineno', sys._getframe().f_lineno)
                log('plain', 2)
            finally:
                log('loop finally', v42, repr(sys.exc_info()[1]))
                break
        v47 = yield from track(sub_g38())
        log('v47 from', repr(v47))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g40 done'
log('== g40')
drive(track(g40()), ['next', ('throw', KeyError), ('send', 61), 'close', 'next'], False)
log('end')
