SHOW = True
def sub_g0():
    v1 = yield
    log('v1', repr(v1))
    yield 'end'
    return 'sub_g0 done'
def g2():
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    return 'g2 done'
log('== g2')
drive(track(g2()), ['next', 'close', 'next'], False)
async def ag4():
    log('lineno', sys._getframe().f_lineno)
    async for v6 in AIter(2):
        log('v6', v6)
        cnt8 = 0
        def bump():
            nonlocal cnt8
            cnt8 += 1
            where('bump')
            return cnt8
        log('bump', bump(), bump())
        where('v9')
        log('lineno', sys._getframe().f_lineno)
    log('gx', [x for x in range(2) if where('gxv11') is None], list(where('genv11') for _ in range(1)))
    yield 'last'
    log('ag4 end')
log('== ag4')
adrive(track(ag4()), [('throw', OSError(2)), ('throw', OSError(7)), ('throw', KeyError), 'next'])
async def ag12():
    yield [3]
    where('v14')
    try:
        raise KeyError(9)
    except Exception as e:
        log('gx', [x for x in range(2) if where('gxv16') is None], list(where('genv16') for _ in range(1)))
        log('plain', 1)
        log('exc_info', repr(sys.exc_info()[1]))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'last'
    log('ag12 end')
log('== ag12')
adrive(track(ag12()), [('send', 2)])
async def ag20():
    yield 'a'
    yield 'last'
    log('ag20 end')
log('== ag20')
adrive(track(ag20()), [('throw', RuntimeError(4)), 'next', 'next', 'next', ('throw', KeyError(4)), ('throw', LookupError)])
def sub_g22():
    log('lineno', sys._getframe().f_lineno)
    try:
        yield 90
        log('sum', sum(x for x in range(3)))
        try:
            raise RuntimeError(9)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            yield 33
            v31 = yield 'a'
            log('v31', repr(v31))
            log('exc_info', repr(sys.exc_info()[1]))
        yield 2
    finally:
        log('finally v24')
    yield 'end'
    return 'sub_g22 done'
def g33():
    for v34 in range(1):
        for v35 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
                log('plain', 1)
                where('v38')
                where('v39')
            finally:
                log('loop finally', v35, repr(sys.exc_info()[1]))
                pass
    with CM('v40', False) as v40:
        where('v41')
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    where('v44')
    yield 'last'
    return 'g33 done'
log('== g33')
drive(track(g33()), [('send', 2), 'next', 'next', ('send', 4), 'close'], False)
def sub_g45():
    log('plain', (1, 2))
    yield 'end'
    return 'sub_g45 done'
def sub_g47():
    log(
        'v48',
        yield,
        sys._getframe().f_lineno,
    )
    log('locals', sorted(sys._getframe().f_locals))
    for v50 in range(2):
        try:
            for v51 in range(0):
                where('v52')
                where('v53')
                v54 = yield
                log('v54', repr(v54))
                log('lineno', sys._getframe().f_lineno)
            class Kv56:
                where('class')
                def m(self):
                    where('method')
                    return sys._getframe().f_code.co_qualname
            log(Kv56().m())
            log('sum', sum(x for x in range(3)))
        finally:
            log('loop finally', v50, repr(sys.exc_info()[1]))
            break
    raise ValueError(6)
    yield 'end'
    return 'sub_g47 done'
def g59():
    class Kv60:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv60().m())
    log('exc_info', repr(sys.exc_info()[1]))
    for v62 in range(2):
        v63 = yield
        log('v63', repr(v63))
        v64 = [
            1,
            1 // 0,
        ]
    yield 'last'
    return 'g59 done'
log('== g59')
drive(track(g59()), [('send', None), 'close', 'next'], False)
log('end')
