SHOW = True
def sub_g0():
    with CM('v1', True) as v1:
        for v2 in range(2):
            try:
                v3 = yield
                log('v3', repr(v3))
                v4 = yield (1, 2)
                log('v4', repr(v4))
                return 93
            finally:
                log('loop finally', v2, repr(sys.exc_info()[1]))
                break
        with CM('v6', False) as v6:
            v7 = yield
            log('v7', repr(v7))
        with CM('v8', False) as v8:
            yield
            yield
            yield [3]
            yield 31
    for v13 in range(2):
        try:
            log('exc_info', repr(sys.exc_info()[1]))
            log('locals', sorted(sys._getframe().f_locals))
            raise StopIteration(3)
        finally:
            log('loop finally', v13, repr(sys.exc_info()[1]))
            break
    try:
        raise TypeError(5)
        log('lineno', sys._getframe().f_lineno)
    except OSError as e:
        log('caught', chain(e))
        raise
    finally:
        log('finally v17')
    class Kv20:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv20().m())
    yield 'end'
    return 'sub_g0 done'
def sub_g21():
    for v22 in range(2):
        try:
            v23 = yield
            log('v23', repr(v23))
        finally:
            log('loop finally', v22, repr(sys.exc_info()[1]))
            pass
    log('lineno', sys._getframe().f_lineno)
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g21 done'
def g26():
    log('lineno', sys._getframe().f_lineno)
    for v28 in range(2):
        try:
            raise TypeError(1)
            log('exc_info', repr(sys.exc_info()[1]))
            for v31 in range(2):
                try:
                    v32 = yield [3]
                    log('v32', repr(v32))
                    yield
                    raise ValueError(0)
                    v35 = yield from track(sub_g21())
                    log('v35 from', repr(v35))
                finally:
                    log('loop finally', v31, repr(sys.exc_info()[1]))
                    break
        finally:
            log('loop finally', v28, repr(sys.exc_info()[1]))
            continue
    for v36 in range(2):
        try:
            class Kv37:
                where('class')
                def m(self):
                    where('method')
                    return sys._getframe().f_code.co_qualname
            log(Kv37().m())
        finally:
            log('loop finally', v36, repr(sys.exc_info()[1]))
            continue
    yield 'last'
    return 'g26 done'
log('== g26')
drive(track(g26()), [('send', None), 'next', 'next', ('throw', ValueError), 'next', ('throw', OSError)], False)
def g38():
    v39 = {
        'k': (
            yield 'a'
        ),
    }
    log('v39', v39)
    log('lineno', sys._getframe().f_lineno)
    yield
    yield 'last'
    return 'g38 done'
log('== g38')
drive(track(g38()), [('send', None), ('throw', KeyError(9)), 'next', ('throw', OSError(0)), 'close', 'next'], False)
def sub_g42():
    log('sum', sum(x for x in range(3)))
    class Kv44:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv44().m())
    try:
        raise RuntimeError(1)
    except Exception as e:
        try:
            v47 = yield 1
            log('v47', repr(v47))
            v48 = yield
            log('v48', repr(v48))
            where('v49')
        finally:
            log('finally v46')
        log('gx', [x for x in range(2) if where('gxv50') is None], list(where('genv50') for _ in range(1)))
        raise TypeError(8)
        yield (1, 2)
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g42 done'
def sub_g53():
    yield
    log('lineno', sys._getframe().f_lineno)
    log(
        'v56',
        yield 1,
        sys._getframe().f_lineno,
    )
    v57 = yield from track(sub_g42())
    log('v57 from', repr(v57))
    yield 'end'
    return 'sub_g53 done'
def g58():
    v59 = yield 2
    log('v59', repr(v59))
    log('lineno', sys._getframe().f_lineno)
    log('gx', [x for x in range(2) if where('gxv61') is None], list(where('genv61') for _ in range(1)))
    yield 'last'
    return 'g58 done'
log('== g58')
drive(track(g58()), ['next'], False)
log('end')
