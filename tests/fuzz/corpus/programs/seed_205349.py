SHOW = False
def g0():
    yield
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('send', 1), ('send', [3]), 'next', 'next'], False)
def sub_g2():
    yield
    yield 'end'
    return 'sub_g2 done'
def sub_g4():
    v5 = yield
    log('v5', repr(v5))
    with CM('v6', False) as v6:
        class Kv7:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv7().m())
        v8 = yield from track(sub_g2())
        log('v8 from', repr(v8))
    log('sum', sum(x for x in range(3)))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'end'
    return 'sub_g4 done'
def g11():
    cnt13 = 0
    def bump():
        nonlocal cnt13
        cnt13 += 1
        where('bump')
        return cnt13
    log('bump', bump(), bump())
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g11 done'
log('== g11')
drive(track(g11()), ['next', 'close', ('throw', LookupError(4)), 'close'], False)
def sub_g15():
    where('v16')
    v17 = yield
    log('v17', repr(v17))
    yield None
    yield 'end'
    return 'sub_g15 done'
def sub_g19():
    v20 = yield
    log('v20', repr(v20))
    yield 'end'
    return 'sub_g19 done'
def g21():
    try:
        log('exc_info', repr(sys.exc_info()[1]))
        class Kv24:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv24().m())
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        try:
            raise RuntimeError(4)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            v32 = yield from track(sub_g19())
            log('v32 from', repr(v32))
            v33 = yield
            log('v33', repr(v33))
            log('exc_info', repr(sys.exc_info()[1]))
    except TypeError as e:
        log('caught', chain(e))
        raise KeyError(2)
    finally:
        log('finally v22')
    where('v34')
    yield 'last'
    return 'g21 done'
log('== g21')
drive(track(g21()), ['next', ('send', 9), ('throw', RuntimeError(7)), ('throw', OSError(6)), 'next'], False)
def sub_g35():
    log('plain', 2)
    log('locals', sorted(sys._getframe().f_locals))
    try:
        raise RuntimeError(2)
    except Exception as e:
        try:
            raise OSError(3)
        except Exception as e:
            raise OSError(0)
            v41 = yield
            log('v41', repr(v41))
            v42 = yield [3]
            log('v42', repr(v42))
            log('exc_info', repr(sys.exc_info()[1]))
        where('v43')
        log('exc_info', repr(sys.exc_info()[1]))
    yield
    yield 'end'
    return 'sub_g35 done'
def sub_g45():
    class Kv46:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv46().m())
    try:
        for v48 in range(2):
            try:
                raise RuntimeError(3)
                v50 = yield [3]
                log('v50', repr(v50))
                raise RuntimeError(8)
                v52 = yield [3]
                log('v52', repr(v52))
            finally:
                log('loop finally', v48, repr(sys.exc_info()[1]))
                break
        log('exc_info', repr(sys.exc_info()[1]))
        return (1, 2)
        class Kv55:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv55().m())
    except LookupError as e:
        log('caught', chain(e))
        raise
    finally:
        log('finally v47')
    yield 'end'
    return 'sub_g45 done'
def g56():
    cnt58 = 0
    def bump():
        nonlocal cnt58
        cnt58 += 1
        where('bump')
        return cnt58
    log('bump', bump(), bump())
    raise TypeError(6)
    raise StopIteration(0)
    yield 'last'
    return 'g56 done'
log('== g56')
drive(track(g56()), [('send', 'a'), ('throw', OSError(3)), 'next', ('throw', TypeError(5)), ('send', 1), 'next'], False)
def chain61():
    try:
        try:
            raise RuntimeError(5)
        except BaseException as e1:
            raise KeyError(2) from e1
    except BaseException as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain61')
try:
    log(chain61())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
