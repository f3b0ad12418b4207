SHOW = False
def sub_g0():
    yield
    log('lineno', sys._getframe().f_lineno)
    raise OSError(8)
    yield 'end'
    return 'sub_g0 done'
def sub_g4():
    v5 = yield None
    log('v5', repr(v5))
    where('v6')
    yield 'end'
    return 'sub_g4 done'
def g7():
    try:
        raise RuntimeError(0)
    except Exception as e:
        v9 = yield from track(sub_g4())
        log('v9 from', repr(v9))
        log('exc_info', repr(sys.exc_info()[1]))
    try:
        log('lineno', sys._getframe().f_lineno)
        log('sum', sum(x for x in range(3)))
        log('lineno', sys._getframe().f_lineno)
    finally:
        log('finally v10')
    yield 2
    class Kv15:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv15().m())
    yield 'last'
    return 'g7 done'
log('== g7')
drive(track(g7()), ['next', 'next', ('throw', TypeError(7))], False)
async def ag16():
    try:
        with CM('v18', False) as v18:
            v19 = await Aw(None)
            log('v19', repr(v19))
    except OSError as e:
        log('caught', chain(e))
        raise TypeError(5)
    finally:
        log('finally v17')
    with CM('v20', False) as v20:
        cnt22 = 0
        def bump():
            nonlocal cnt22
            cnt22 += 1
            where('bump')
            return cnt22
        log('bump', bump(), bump())
        log('locals', sorted(sys._getframe().f_locals))
    class Kv24:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv24().m())
    yield 'last'
    log('ag16 end')
log('== ag16')
adrive(track(ag16()), [('throw', KeyError(2)), 'next', ('throw', OSError(5)), ('throw', TypeError(8))])
def sub_g25():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'end'
    return 'sub_g25 done'
def sub_g30():
    raise StopIteration(3)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    log('locals', sorted(sys._getframe().f_locals))
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g30 done'
def g40():
    try:
        raise OSError(3)
    except Exception as e:
        v42 = yield
        log('v42', repr(v42))
        log('exc_info', repr(sys.exc_info()[1]))
    raise StopIteration(3)
    yield 'last'
    return 'g40 done'
log('== g40')
drive(track(g40()), [('send', 'a'), 'next', ('throw', LookupError(6)), ('throw', TypeError(1)), 'next', ('throw', TypeError(7))], False)
async def ag44():
    yield
    for v46 in range(2):
        try:
            v48 = yield 0
            log('v48', repr(v48))
        except KeyError as e:
            log('caught', chain(e))
            raise
        finally:
            log('finally v47')
            v49 = yield 1
            log('v49', repr(v49))
            v50 = yield 2
            log('v50', repr(v50))
        async for v51 in AIter(1):
            log('v51', v51)
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            log('plain', 'a')
        where('v55')
        where('v56')
    log('lineno', sys._getframe().f_lineno)
    where(
        'v58'
    )
    yield 'last'
    log('ag44 end')
log('== ag44')
adrive(track(ag44()), ['next', 'next', ('send', 92), 'close'])
def chain59():
    try:
        try:
            raise LookupError(2)
        except ValueError as e1:
            log('handled', chain(e1))
            where('h1')
    except BaseException as e0:
        log('handled', chain(e0))
        where('h0')
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain59')
try:
    log(chain59())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
