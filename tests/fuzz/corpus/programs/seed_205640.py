SHOW = False
def sub_g0():
    v1 = yield 1
    log('v1', repr(v1))
    cnt3 = 0
    def bump():
        nonlocal cnt3
        cnt3 += 1
        where('bump')
        return cnt3
    log('bump', bump(), bump())
    yield 'end'
    return 'sub_g0 done'
def sub_g4():
    class Kv5:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv5().m())
    with CM('v6', False) as v6:
        for v7 in range(2):
            yield 78
            v9 = yield 'a'
            log('v9', repr(v9))
            where('v10')
            where('v11')
        for v12 in range(2):
            try:
                log('plain', 'a')
            finally:
                log('loop finally', v12, repr(sys.exc_info()[1]))
                pass
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    yield 'end'
    return 'sub_g4 done'
def g16():
    log('exc_info', repr(sys.exc_info()[1]))
    raise StopIteration(4)
    yield 'last'
    return 'g16 done'
log('== g16')
drive(track(g16()), [('throw', RuntimeError(1)), ('send', [3]), ('send', 91), ('throw', TypeError(1))], False)
def sub_g19():
    log('sum', sum(x for x in range(3)))
    class Kv21:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv21().m())
    for v22 in range(2):
        try:
            v23 = yield
            log('v23', repr(v23))
            log('locals', sorted(sys._getframe().f_locals))
        finally:
            log('loop finally', v22, repr(sys.exc_info()[1]))
            continue
    log('gx', [x for x in range(2) if where('gxv25') is None], list(where('genv25') for _ in range(1)))
    yield 'end'
    return 'sub_g19 done'
def sub_g26():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    assert (
        1
    ), 'v35'
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g26 done'
def g37():
    v38 = yield
    log('v38', repr(v38))
    with CM('v39', False) as v39:
        v40 = [
            1,
            1 // 0,
        ]
        yield 2
        v42 = (
            yield
        )
        log('v42', v42)
    yield 'last'
    return 'g37 done'
log('== g37')
drive(track(g37()), [('send', None), ('send', [3]), ('send', (1, 2)), 'next', ('throw', TypeError(6)), 'next'], False)
async def sub_co43():
    v44 = await Aw(1)
    log('v44', repr(v44))
    cnt46 = 0
    def bump():
        nonlocal cnt46
        cnt46 += 1
        where('bump')
        return cnt46
    log('bump', bump(), bump())
    return 'sub_co43 done'
async def sub_co47():
    where('v48')
    v49 = await track(sub_co43())
    log('v49 awaited', repr(v49))
    return 'sub_co47 done'
async def co50():
    where('v51')
    log('gx', [x for x in range(2) if where('gxv52') is None], list(where('genv52') for _ in range(1)))
    return 'co50 done'
log('== co50')
drive(track(co50()), [('throw', ValueError(2)), ('throw', RuntimeError(8)), 'close', 'next'], True)
def g53():
    yield [3]
    log('gx', [x for x in range(2) if where('gxv55') is None], list(where('genv55') for _ in range(1)))
    for v56 in range(2):
        try:
            v57 = yield None
            log('v57', repr(v57))
        finally:
            log('loop finally', v56, repr(sys.exc_info()[1]))
            pass
    yield 'last'
    return 'g53 done'
log('== g53')
drive(track(g53()), [('send', None), ('throw', LookupError), ('send', (1, 2)), ('send', (1, 2)), ('throw', OSError(5))], False)
def chain58():
    try:
        raise LookupError(0)
    except LookupError as e0:
        raise TypeError(1)
    return 'no error'
log('== chain58')
try:
    log(chain58())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g59():
    where('v60')
    raise StopIteration(0)
    try:
        log('lineno', sys._getframe().f_lineno)
        log('sum', sum(x for x in range(3)))
    except OSError as e:
        log('caught', chain(e))
        class Kv65:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv65().m())
        v66 = [
            1,
            1 // 0,
        ]
        yield
        log('gx', [x for x in range(2) if where('gxv68') is None], list(where('genv68') for _ in range(1)))
    finally:
        log('finally v62')
    log('locals', sorted(sys._getframe().f_locals))
    yield 'end'
    return 'sub_g59 done'
def g70():
    where('v71')
    return [3]
    yield 'last'
    return 'g70 done'
log('== g70')
drive(track(g70()), [('send', None), ('send', [3]), 'next', ('throw', KeyError)], False)
log('end')
