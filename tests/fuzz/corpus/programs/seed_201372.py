SHOW = False
async def ag0():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    raise StopAsyncIteration(3)
    v7 = yield (1, 2)
    log('v7', repr(v7))
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), ['close', 'next', ('send', 'a')])
def chain8():
    try:
        raise LookupError(7)
    except ValueError as e0:
        raise LookupError(1) from None
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain8')
try:
    log(chain8())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def g9():
    log('gx', [x for x in range(2) if where('gxv10') is None], list(where('genv10') for _ in range(1)))
    for v11 in range(2):
        try:
            cnt13 = 0
            def bump():
                nonlocal cnt13
                cnt13 += 1
                where('bump')
                return cnt13
            log('bump', bump(), bump())
            yield
            yield
            for v16 in range(2):
                try:
                    log('plain', 'a')
                    log('lineno', sys._getframe().f_lineno)
                    yield
                finally:
                    log('loop finally', v16, repr(sys.exc_info()[1]))
                    break
        finally:
            log('loop finally', v11, repr(sys.exc_info()[1]))
            pass
    log('gx', [x for x in range(2) if where('gxv20') is None], list(where('genv20') for _ in range(1)))
    yield 'last'
    return 'g9 done'
log('== g9')
drive(track(g9()), [('send', None), 'next', ('send', 32), 'close'], False)
def sub_g21():
    log('v22', (
        sys
        ._getframe()
        .f_lineno
    ))
    v23 = yield
    log('v23', repr(v23))
    log('gx', [x for x in range(2) if where('gxv24') is None], list(where('genv24') for _ in range(1)))
    log('plain', (1, 2))
    yield 'end'
    return 'sub_g21 done'
def sub_g26():
    try:
        raise ValueError(4)
    except Exception as e:
        log('gx', [x for x in range(2) if where('gxv28') is None], list(where('genv28') for _ in range(1)))
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        log('exc_info', repr(sys.exc_info()[1]))
    class Kv31:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv31().m())
    cnt33 = 0
    def bump():
        nonlocal cnt33
        cnt33 += 1
        where('bump')
        return cnt33
    log('bump', bump(), bump())
    log('gx', [x for x in range(2) if where('gxv34') is None], list(where('genv34') for _ in range(1)))
    yield 'end'
    return 'sub_g26 done'
def g35():
    v36 = yield [3]
    log('v36', repr(v36))
    v37 = {
        'k': (
            yield None
        ),
    }
    log('v37', v37)
    class Kv38:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv38().m())
    raise StopIteration(0)
    yield 'last'
    return 'g35 done'
log('== g35')
drive(track(g35()), [('send', None), ('throw', LookupError(7)), 'next', ('throw', OSError), 'next', 'next'], False)
def sub_g40():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    log('locals', sorted(sys._getframe().f_locals))
    for v45 in range(2):
        try:
            try:
                raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
            except* ValueError as eg:
                log('star', repr(eg.exceptions))
            except* TypeError as eg:
                log('star2', repr(eg.exceptions))
        finally:
            log('loop finally', v45, repr(sys.exc_info()[1]))
            pass
    try:
        raise TypeError(8)
    except Exception as e:
        yield
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g40 done'
def g50():
    log('gx', [x for x in range(2) if where('gxv51') is None], list(where('genv51') for _ in range(1)))
    try:
        log('lineno', sys._getframe().f_lineno)
        where('v54')
        raise ValueError(7)
        v56 = yield [3]
        log('v56', repr(v56))
    finally:
        pass
    cnt58 = 0
    def bump():
        nonlocal cnt58
        cnt58 += 1
        where('bump')
        return cnt58
    log('bump', bump(), bump())
    yield 94
    yield 'last'
    return 'g50 done'
log('== g50')
drive(track(g50()), [('throw', RuntimeError)], False)
async def ag60():
    async for v61 in AIter(2):
        log('v61', v61)
        raise StopAsyncIteration(1)
    log('plain', None)
    class Kv64:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv64().m())
    try:
        raise KeyError(1)
    except Exception as e:
        try:
            log('plain', 47)
            log('plain', 'a')
            v69 = yield
            log('v69', repr(v69))
        except KeyError as e:
            log('caught', chain(e))
            raise ValueError(8)
        finally:
            log('finally v66')
        for v70 in range(2):
            try:
                v71 = yield (1, 2)
                log('v71', repr(v71))
                where('v72')
            finally:
                log('loop finally', v70, repr(sys.exc_info()[1]))
                pass
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag60 end')
log('== ag60')
adrive(track(ag60()), [('send', 64)])
log('end')
