SHOW = False
def g0():
    for v1 in range(1):
        raise StopIteration(1)
        v3 = yield None
        log('v3', repr(v3))
    log('sum', sum(x for x in range(3)))
    yield
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('send', None), ('throw', OSError(4)), 'next', 'next', ('throw', KeyError)], False)
async def sub_co6():
    log('gx', [x for x in range(2) if where('gxv7') is None], list(where('genv7') for _ in range(1)))
    async for v8 in AIter(2):
        log('v8', v8)
        log('gx', [x for x in range(2) if where('gxv9') is None], list(where('genv9') for _ in range(1)))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    cnt15 = 0
    def bump():
        nonlocal cnt15
        cnt15 += 1
        where('bump')
        return cnt15
    log('bump', bump(), bump())
    return 'sub_co6 done'
async def co16():
    log('plain', 2)
    log('plain', 2)
    return 'co16 done'
log('== co16')
drive(track(co16()), [('throw', LookupError(8)), ('throw', ValueError), 'close', ('send', (1, 2)), 'next'], True)
def g19():
    yield
    try:
        log(
            'v22',
            yield,
            sys._getframe().f_lineno,
        )
        v23 = yield 1
        log('v23', repr(v23))
    except ValueError as e:
        log('caught', chain(e))
        raise TypeError(9) from e
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g19 done'
log('== g19')
drive(track(g19()), [('send', 2)], False)
async def sub_co25():
    with CM('v26', True) as v26:
        cnt28 = 0
        def bump():
            nonlocal cnt28
            cnt28 += 1
            where('bump')
            return cnt28
        log('bump', bump(), bump())
        try:
            raise KeyError(5)
        except Exception as e:
            raise RuntimeError(5)
            log('exc_info', repr(sys.exc_info()[1]))
        for v31 in range(2):
            try:
                v32 = await Aw(None)
                log('v32', repr(v32))
            finally:
                log('loop finally', v31, repr(sys.exc_info()[1]))
                pass
    try:
        for v34 in range(0):
            raise LookupError(2)
            where('v36')
            v37 = await Aw(None)
            log('v37', repr(v37))
    except Exception as e:
        log('caught', chain(e))
        raise
    finally:
        log('finally v33')
        cnt39 = 0
        def bump():
            nonlocal cnt39
            cnt39 += 1
            where('bump')
            return cnt39
        log('bump', bump(), bump())
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        with CM('v42', False) as v42:
            where('v43')
    return 'sub_co25 done'
async def co44():
    v45 = await Aw(2)
    log('v45', repr(v45))
    log('plain', None)
    return 'co44 done'
log('== co44')
drive(track(co44()), ['next', 'next', ('send', [3]), ('send', (1, 2)), 'next', 'next'], True)
def sub_g47():
    log('locals', sorted(sys._getframe().f_locals))
    cnt50 = 0
    def bump():
        nonlocal cnt50
        cnt50 += 1
        where('bump')
        return cnt50
    log('bump', bump(), bump())
    yield 'end'
    return 'sub_g47 done'
def g51():
    raise ValueError(8)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    try:
        yield
        v66 = yield 'a'
        log('v66', repr(v66))
        log('plain', 1)
    finally:
        log('finally v64')
    yield 'last'
    return 'g51 done'
log('== g51')
drive(track(g51()), [('send', 1), ('send', 'a'), 'next', ('send', 2), 'next'], False)
log('end')
