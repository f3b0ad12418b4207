SHOW = False
def g0():
    class Kv1:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv1().m())
    yield 2
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('send', None), ('send', None), 'next', 'next', ('throw', KeyError(0)), ('throw', LookupError(7))], False)
def sub_g4():
    try:
        raise OSError(3)
    except Exception as e:
        for v6 in range(2):
            try:
                log('plain', 1)
            finally:
                log('loop finally', v6, repr(sys.exc_info()[1]))
                break
        where('v8')
        log('sum', sum(x for x in range(3)))
        raise StopIteration(4)
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g4 done'
def g11():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    for v20 in range(2):
        v21 = {
            'k': (
                yield [3]
            ),
        }
        log('v21', v21)
        log('gx', [x for x in range(2) if where('gxv22') is None], list(where('genv22') for _ in range(1)))
    for v23 in range(2):
        v24 = yield
        log('v24', repr(v24))
        where('v25')
    try:
        raise RuntimeError(9)
    except Exception as e:
        where('v27')
        log('exc_info', repr(sys.exc_info()[1]))
        yield
        yield 'a'
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g11 done'
log('== g11')
drive(track(g11()), [('throw', LookupError(9)), ('send', 1), 'close', ('throw', LookupError(7))], False)
def sub_g31():
    cnt33 = 0
    def bump():
        nonlocal cnt33
        cnt33 += 1
        where('bump')
        return cnt33
    log('bump', bump(), bump())
    log('exc_info', repr(sys.exc_info()[1]))
    yield
    where('v36')
    yield 'end'
    return 'sub_g31 done'
def sub_g37():
    log('sum', sum(x for x in range(3)))
    log('gx', [x for x in range(2) if where('gxv39') is None], list(where('genv39') for _ in range(1)))
    yield 'end'
    return 'sub_g37 done'
def g40():
    log('sum', sum(x for x in range(3)))
    cnt43 = 0
    def bump():
        nonlocal cnt43
        cnt43 += 1
        where('bump')
        return cnt43
    log('bump', bump(), bump())
    yield 'last'
    return 'g40 done'
log('== g40')
drive(track(g40()), ['next', 'next', ('send', 26), ('throw', ValueError(6)), ('send', [3]), ('throw', LookupError(3))], False)
async def ag44():
    try:
        for v46 in range(0):
            raise ValueError(9)
            where('v48')
        log('exc_info', repr(sys.exc_info()[1]))
    finally:
        log('finally v45')
        for v50 in range(0):
            log('lineno', sys._getframe().f_lineno)
            where('v52')
            yield
            v54 = yield
            log('v54', repr(v54))
        class Kv55:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv55().m())
    for v56 in range(2):
        try:
            try:
                raise RuntimeError(6)
            except Exception as e:
                yield
                yield
                v60 = yield 31
                log('v60', repr(v60))
                v61 = yield
                log('v61', repr(v61))
                log('exc_info', repr(sys.exc_info()[1]))
            for v62 in range(1):
                v63 = yield (1, 2)
                log('v63', repr(v63))
                v64 = await Aw(92)
                log('v64', repr(v64))
                v65 = yield None
                log('v65', repr(v65))
        finally:
            log('loop finally', v56, repr(sys.exc_info()[1]))
            pass
    class Kv66:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv66().m())
    yield 'last'
    log('ag44 end')
log('== ag44')
adrive(track(ag44()), ['next', ('throw', OSError(9))])
log('end')
