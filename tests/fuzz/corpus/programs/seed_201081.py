SHOW = False
def sub_g0():
    v1 = (None
        .__class__
        .nope)
    yield (1, 2)
    v3 = yield 'a'
    log('v3', repr(v3))
    yield 'end'
    return 'sub_g0 done'
def g4():
    v5 = yield (1, 2)
    log('v5', repr(v5))
    yield 'a'
    v7 = yield
    log('v7', repr(v7))
    cnt9 = 0
    def bump():
        nonlocal cnt9
        cnt9 += 1
        where('bump')
        return cnt9
    log('bump', bump(), bump())
    yield 'last'
    return 'g4 done'
log('== g4')
drive(track(g4()), [('throw', RuntimeError(1)), ('send', 'a'), ('throw', LookupError(0)), 'next', 'close'], False)
def chain10():
    try:
        try:
            raise RuntimeError(8)
        except BaseException as e1:
            raise TypeError(7) from e1
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
            raise LookupError(1)
    except LookupError as e0:
        raise
    return 'no error'
log('== chain10')
try:
    log(chain10())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g11():
    class Kv12:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv12().m())
    log('gx', [x for x in range(2) if where('gxv13') is None], list(where('genv13') for _ in range(1)))
    try:
        cnt16 = 0
        def bump():
            nonlocal cnt16
            cnt16 += 1
            where('bump')
            return cnt16
        log('bump', bump(), bump())
    except OSError as e:
        log('caught', chain(e))
        v17 = yield
        log('v17', repr(v17))
        log('gx', [x for x in range(2) if where('gxv18') is None], list(where('genv18') for _ in range(1)))
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        v22 = yield None
        log('v22', repr(v22))
    finally:
        log('finally v14')
    yield 'end'
    return 'sub_g11 done'
def g23():
    cnt25 = 0
    def bump():
        nonlocal cnt25
        cnt25 += 1
        where('bump')
        return cnt25
    log('bump', bump(), bump())
    class Kv26:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv26().m())
    yield 'last'
    return 'g23 done'
log('== g23')
drive(track(g23()), [('send', None), ('send', 1), ('send', [3]), ('send', 1), 'close'], False)
def sub_g27():
    log('gx', [x for x in range(2) if where('gxv28') is None], list(where('genv28') for _ in range(1)))
    yield 'end'
    return 'sub_g27 done'
def sub_g29():
    try:
        log('exc_info', repr(sys.exc_info()[1]))
        log('locals', sorted(sys._getframe().f_locals))
        with CM('v33', False) as v33:
            where('v34')
            where('v35')
    except BaseException as e:
        log('caught', chain(e))
        raise LookupError(1) from e
    finally:
        log('finally v30')
    log('sum', sum(x for x in range(3)))
    class Kv37:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv37().m())
    return (1, 2)
    yield 'end'
    return 'sub_g29 done'
def g39():
    try:
        raise OSError(8)
    except Exception as e:
        class Kv41:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv41().m())
        log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g39 done'
log('== g39')
drive(track(g39()), ['next', 'next', ('throw', KeyError(1))], False)
log('end')
