SHOW = True
async def ag0():
    log('lineno', sys._getframe().f_lineno)
    for v2 in range(0):
        v3 = yield 1
        log('v3', repr(v3))
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), [('throw', RuntimeError(5)), 'next'])
def g4():
    log('sum', sum(x for x in range(3)))
    log('locals', sorted(sys._getframe().f_locals))
    v7 = yield
    log('v7', repr(v7))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    return 'g4 done'
log('== g4')
drive(track(g4()), ['next', ('throw', OSError(0)), 'close'], False)
def sub_g9():
    v10 = {
        'k': (
            yield [3]
        ),
    }
    log('v10', v10)
    return 'a'
    for v12 in range(2):
        try:
            for v13 in range(1):
                log('plain', None)
                raise RuntimeError(1)
                v16 = yield
                log('v16', repr(v16))
                yield 1
        finally:
            log('loop finally', v12, repr(sys.exc_info()[1]))
            break
    raise ValueError(
        7,
    )
    yield 'end'
    return 'sub_g9 done'
def g19():
    log('sum', sum(x for x in range(3)))
    for v21 in range(2):
        try:
            for v22 in range(2):
                try:
                    v23 = yield 2
                    log('v23', repr(v23))
                finally:
                    log('loop finally', v22, repr(sys.exc_info()[1]))
                    pass
            for v24 in range(0):
                yield
                log('lineno', sys._getframe().f_lineno)
                v27 = yield from track(sub_g9())
                log('v27 from', repr(v27))
        finally:
            log('loop finally', v21, repr(sys.exc_info()[1]))
            break
    log('exc_info', repr(sys.exc_info()[1]))
    try:
        log('lineno', sys._getframe().f_lineno)
        v31 = yield
        log('v31', repr(v31))
        try:
            raise OSError(0)
        except Exception as e:
            return 'a'
            v34 = yield
            log('v34', repr(v34))
            log('lineno', sys._getframe().f_lineno)
            raise ValueError(0)
            log('exc_info', repr(sys.exc_info()[1]))
        cnt38 = 0
        def bump():
            nonlocal cnt38
            cnt38 += 1
            where('bump')
            return cnt38
        log('bump', bump(), bump())
    except ValueError as e:
        log('caught', chain(e))
        where('v39')
        raise StopIteration(3)
        yield
        v42 = yield from track(sub_g9())
        log('v42 from', repr(v42))
    finally:
        log('finally v29')
    yield 'last'
    return 'g19 done'
log('== g19')
drive(track(g19()), ['next', 'close'], False)
def sub_g43():
    yield
    log('lineno', sys._getframe().f_lineno)
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g43 done'
def g47():
    with CM('v48', False) as v48:
        log('exc_info', repr(sys.exc_info()[1]))
        log('plain', [3])
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    yield 'last'
    return 'g47 done'
log('== g47')
drive(track(g47()), [('throw', RuntimeError(3)), 'next', ('send', 1), 'next', ('throw', TypeError(9)), ('send', None)], False)
log('end')
