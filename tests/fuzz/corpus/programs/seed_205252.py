SHOW = False
async def ag0():
    cnt2 = 0
    def bump():
        nonlocal cnt2
        cnt2 += 1
        where('bump')
        return cnt2
    log('bump', bump(), bump())
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), [('send', (1, 2)), 'next', ('throw', TypeError(4))])
async def sub_co3():
    try:
        raise KeyError(5)
    except Exception as e:
        log('lineno', sys._getframe().f_lineno)
        log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co3 done'
async def co6():
    log('lineno', sys._getframe().f_lineno)
    try:
        raise KeyError(1)
    except Exception as e:
        where('v9')
        log('plain', [3])
        class Kv11:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv11().m())
        log('exc_info', repr(sys.exc_info()[1]))
    log('gx', [x for x in range(2) if where('gxv12') is None], list(where('genv12') for _ in range(1)))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    return 'co6 done'
log('== co6')
drive(track(co6()), ['next', 'next'], True)
async def ag32():
    yield
    for v34 in range(2):
        where('v35')
    yield 'last'
    log('ag32 end')
log('== ag32')
adrive(track(ag32()), ['next'])
def sub_g36():
    for v37 in range(2):
        try:
            log('locals', sorted(sys._getframe().f_locals))
        finally:
            log('loop finally', v37, repr(sys.exc_info()[1]))
            break
    try:
        try:
            where('v41')
        except RuntimeError as e:
            log('caught', chain(e))
            raise RuntimeError(6) from e
        v42 = (None
            .__class__
            .nope)
        yield
    finally:
        log('finally v39')
    log('lineno', sys._getframe().f_lineno)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'end'
    return 'sub_g36 done'
def g51():
    for v52 in range(1):
        log('exc_info', repr(sys.exc_info()[1]))
        log('plain', 15)
        log('gx', [x for x in range(2) if where('gxv55') is None], list(where('genv55') for _ in range(1)))
    v56 = yield
    log('v56', repr(v56))
    log('sum', sum(x for x in range(3)))
    yield 'last'
    return 'g51 done'
log('== g51')
drive(track(g51()), [('throw', ValueError(5)), 'next', 'next', ('throw', ValueError), 'next', 'next'], False)
def sub_g58():
    v59 = yield
    log('v59', repr(v59))
    for v60 in range(1):
        for v61 in range(0):
            where('v62')
            raise LookupError(7)
            v64 = yield None
            log('v64', repr(v64))
        with CM('v65', False) as v65:
            yield
            v67 = yield
            log('v67', repr(v67))
            yield 2
        yield
    log('exc_info', repr(sys.exc_info()[1]))
    yield
    yield 'end'
    return 'sub_g58 done'
def g72():
    for v73 in range(2):
        cnt75 = 0
        def bump():
            nonlocal cnt75
            cnt75 += 1
            where('bump')
            return cnt75
        log('bump', bump(), bump())
        where('v76')
    v77 = yield from track(sub_g58())
    log('v77 from', repr(v77))
    yield 'last'
    return 'g72 done'
log('== g72')
drive(track(g72()), [('send', None), 'next', ('throw', ValueError(1)), ('throw', KeyError(4))], False)
log('end')
