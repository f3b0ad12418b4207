SHOW = True
def sub_g0():
    yield
    yield 'end'
    return 'sub_g0 done'
def sub_g2():
    log('gx', [x for x in range(2) if where('gxv3') is None], list(where('genv3') for _ in range(1)))
    where('v4')
    yield 'a'
    yield 'end'
    return 'sub_g2 done'
def g6():
    for v7 in range(2):
        try:
            log('plain', [3])
        finally:
            log('loop finally', v7, repr(sys.exc_info()[1]))
            pass
    for v9 in range(0):
        with CM('v10', True) as v10:
            yield
        cnt13 = 0
        def bump():
            nonlocal cnt13
            cnt13 += 1
            where('bump')
            return cnt13
        log('bump', bump(), bump())
        log('plain', (1, 2))
    v15 = yield 1
    log('v15', repr(v15))
    v16 = yield 1
    log('v16', repr(v16))
    yield 'last'
    return 'g6 done'
log('== g6')
drive(track(g6()), [('send', None), 'next', ('throw', LookupError(0)), 'next', 'next', ('throw', OSError(2)), ('throw', TypeError)], False)
async def ag17():
    with CM('v18', True) as v18:
        cnt20 = 0
        def bump():
            nonlocal cnt20
            cnt20 += 1
            where('bump')
            return cnt20
        log('bump', bump(), bump())
    log('plain', (1, 2))
    yield 'last'
    log('ag17 end')
log('== ag17')
adrive(track(ag17()), [('throw', OSError(5)), 'next', 'next', ('throw', ValueError(5)), 'next', 'close'])
def chain22():
    try:
        raise RuntimeError(3)
    except ValueError as e0:
        raise OSError(1)
    return 'no error'
log('== chain22')
try:
    log(chain22())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g23():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield
    yield 'end'
    return 'sub_g23 done'
def g28():
    for v29 in range(2):
        try:
            for v30 in range(2):
                try:
                    v31 = yield
                    log('v31', repr(v31))
                    yield (1, 2)
                    where('v33')
                finally:
                    log('loop finally', v30, repr(sys.exc_info()[1]))
                    continue
            for v34 in range(2):
                v35 = yield from track(sub_g23())
                log('v35 from', repr(v35))
            log('lineno', sys._getframe().f_lineno)
        finally:
            log('loop finally', v29, repr(sys.exc_info()[1]))
            continue
    raise StopIteration(2)
    log('locals', sorted(sys._getframe().f_locals))
    yield None
    yield 'last'
    return 'g28 done'
log('== g28')
drive(track(g28()), [('throw', TypeError(8)), 'close'], False)
async def co40():
    log('exc_info', repr(sys.exc_info()[1]))
    log('lineno', sys._getframe().f_lineno)
    return 'co40 done'
log('== co40')
drive(track(co40()), [('send', 'a'), ('send', 1)], True)
def g43():
    for v44 in range(0):
        try:
            raise OSError(4)
        except Exception as e:
            yield
            log('exc_info', repr(sys.exc_info()[1]))
    log('gx', [x for x in range(2) if where('gxv47') is None], list(where('genv47') for _ in range(1)))
    yield 'last'
    return 'g43 done'
log('== g43')
drive(track(g43()), ['next'], False)
log('end')
