SHOW = False
def sub_g0():
    log('exc_info', repr(sys.exc_info()[1]))
    for v2 in range(2):
        try:
            try:
                raise KeyError(8)
            except Exception as e:
                yield 2
                log('exc_info', repr(sys.exc_info()[1]))
            log('gx', [x for x in range(2) if where('gxv5') is None], list(where('genv5') for _ in range(1)))
            class Kv6:
                where('class')
                def m(self):
                    where('method')
                    return sys._getframe().f_code.co_qualname
            log(Kv6().m())
            try:
                raise TypeError(2)
            except Exception as e:
                v8 = yield
                log('v8', repr(v8))
                log('exc_info', repr(sys.exc_info()[1]))
        finally:
            log('loop finally', v2, repr(sys.exc_info()[1]))
            continue
    log('sum', sum(x for x in range(3)))
    yield 'end'
    return 'sub_g0 done'
def g10():
    try:
        raise RuntimeError(0)
    except Exception as e:
        yield
        for v13 in range(2):
            try:
                yield 78
                log('lineno', sys._getframe().f_lineno)
                log('lineno', sys._getframe().f_lineno)
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v13, repr(sys.exc_info()[1]))
                break
        v18 = yield from track(sub_g0())
        log('v18 from', repr(v18))
        v19 = yield 'a'
        log('v19', repr(v19))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g10 done'
log('== g10')
drive(track(g10()), [('throw', RuntimeError(4)), ('throw', TypeError)], False)
def sub_g20():
    log('exc_info', repr(sys.exc_info()[1]))
    try:
        raise OSError(9)
    except Exception as e:
        class Kv23:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv23().m())
        raise StopIteration(1)
        for v25 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v25, repr(sys.exc_info()[1]))
                pass
        v27 = yield
        log('v27', repr(v27))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g20 done'
def sub_g28():
    log('locals', sorted(sys._getframe().f_locals))
    for v30 in range(2):
        try:
            yield 1
        finally:
            log('loop finally', v30, repr(sys.exc_info()[1]))
            pass
    v32 = yield from track(sub_g20())
    log('v32 from', repr(v32))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'end'
    return 'sub_g28 done'
def g34():
    log('sum', sum(x for x in range(3)))
    cnt37 = 0
    def bump():
        nonlocal cnt37
        cnt37 += 1
        where('bump')
        return cnt37
    log('bump', bump(), bump())
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield
    yield 'last'
    return 'g34 done'
log('== g34')
drive(track(g34()), ['next'], False)
log('end')
