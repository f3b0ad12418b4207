SHOW = False
def sub_g0():
    log('sum', sum(x for x in range(3)))
    return (1, 2)
    with CM('v3', False) as v3:
        log('exc_info', repr(sys.exc_info()[1]))
        class Kv5:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv5().m())
    yield 'end'
    return 'sub_g0 done'
def g6():
    try:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        raise StopIteration(4)
    except ValueError as e:
        log('caught', chain(e))
        for v12 in range(2):
            try:
                log('plain', 'a')
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v12, repr(sys.exc_info()[1]))
                pass
    log('v15', (
        sys
        ._getframe()
        .f_lineno
    ))
    try:
        raise RuntimeError(1)
    except Exception as e:
        try:
            raise KeyError(6)
        except Exception as e:
            v18 = yield [3]
            log('v18', repr(v18))
            v19 = yield 12
            log('v19', repr(v19))
            log('exc_info', repr(sys.exc_info()[1]))
        v20 = yield
        log('v20', repr(v20))
        raise StopIteration(0)
        log('gx', [x for x in range(2) if where('gxv22') is None], list(where('genv22') for _ in range(1)))
        log('exc_info', repr(sys.exc_info()[1]))
    raise ValueError(1)
    yield 'last'
    return 'g6 done'
log('== g6')
drive(track(g6()), [('send', 13), ('throw', KeyError(9)), 'next', 'close'], False)
def sub_g24():
    v25 = yield
    log('v25', repr(v25))
    for v26 in range(2):
        try:
            log('lineno', sys._getframe().f_lineno)
            v28 = yield
            log('v28', repr(v28))
        finally:
            log('loop finally', v26, repr(sys.exc_info()[1]))
            break
    yield 'end'
    return 'sub_g24 done'
def sub_g29():
    log('locals', sorted(sys._getframe().f_locals))
    for v31 in range(2):
        try:
            where('v32')
        finally:
            log('loop finally', v31, repr(sys.exc_info()[1]))
            pass
    for v33 in range(2):
        log('lineno', sys._getframe().f_lineno)
        raise TypeError(7)
    v36 = yield from track(sub_g24())
    log('v36 from', repr(v36))
    yield 'end'
    return 'sub_g29 done'
def g37():
    for v38 in range(0):
        v39 = yield [3]
        log('v39', repr(v39))
        raise StopIteration(1)
    yield 'last'
    return 'g37 done'
log('== g37')
drive(track(g37()), [('send', None), 'close', ('throw', ValueError(3)), 'next', 'next'], False)
async def co41():
    raise ValueError(
        4,
    )
    log('gx', [x for x in range(2) if where('gxv43') is None], list(where('genv43') for _ in range(1)))
    try:
        for v45 in range(2):
            try:
                await Aw(2)
                where('v47')
                v48 = await Aw(24)
                log('v48', repr(v48))
            finally:
                log('loop finally', v45, repr(sys.exc_info()[1]))
                break
        log('gx', [x for x in range(2) if where('gxv49') is None], list(where('genv49') for _ in range(1)))
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    except BaseException as e:
        log('caught', chain(e))
        raise
    finally:
        log('finally v44')
        raise ValueError(4)
    await Aw(83)
    return 'co41 done'
log('== co41')
drive(track(co41()), ['next', ('send', (1, 2)), 'close'], True)
def g57():
    log('gx', [x for x in range(2) if where('gxv58') is None], list(where('genv58') for _ in range(1)))
    class Kv59:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv59().m())
    yield 'last'
    return 'g57 done'
log('== g57')
drive(track(g57()), [('throw', TypeError(1)), ('throw', KeyError(3)), ('send', 1), ('send', 2)], False)
def g60():
    v61 = yield
    log('v61', repr(v61))
    try:
        raise LookupError(6)
    except Exception as e:
        log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g60 done'
log('== g60')
drive(track(g60()), [('throw', ValueError(5)), ('send', 21), 'next'], False)
log('end')
