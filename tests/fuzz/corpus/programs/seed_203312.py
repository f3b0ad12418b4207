SHOW = False
def g0():
    log('lineno', sys._getframe().f_lineno)
    raise RuntimeError(8)
    raise StopIteration(3)
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('send', None), ('throw', OSError(6)), 'next', 'close', ('throw', RuntimeError)], False)
def g5():
    with CM('v6', False) as v6:
        class Kv7:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv7().m())
        cnt9 = 0
        def bump():
            nonlocal cnt9
            cnt9 += 1
            where('bump')
            return cnt9
        log('bump', bump(), bump())
    for v10 in range(1):
        log('gx', [x for x in range(2) if where('gxv11') is None], list(where('genv11') for _ in range(1)))
    yield 'last'
    return 'g5 done'
log('== g5')
drive(track(g5()), [('send', 91), 'next', 'next', 'next'], False)
async def ag12():
    raise StopAsyncIteration(3)
    class Kv14:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv14().m())
    yield 'last'
    log('ag12 end')
log('== ag12')
adrive(track(ag12()), ['next', 'next', 'next', 'next', ('send', 2)])
def chain15():
    try:
        raise RuntimeError(4)
    except ValueError as e0:
        raise RuntimeError(6) from None
    return 'no error'
log('== chain15')
try:
    log(chain15())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain16():
    try:
        try:
            try:
                try:
                    raise KeyError(7)
                except ValueError as e3:
                    raise KeyError(3) from e3
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
            except BaseException as e2:
                raise RuntimeError(2) from e2
        except LookupError as e1:
            raise KeyError(3)
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
            raise KeyError(2)
    except LookupError as e0:
        raise KeyError(6) from e0
    return 'no error'
log('== chain16')
try:
    log(chain16())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g17():
    log('gx', [x for x in range(2) if where('gxv18') is None], list(where('genv18') for _ in range(1)))
    v19 = yield [3]
    log('v19', repr(v19))
    try:
        raise TypeError(4)
    except Exception as e:
        log('exc_info', repr(sys.exc_info()[1]))
        yield None
        cnt24 = 0
        def bump():
            nonlocal cnt24
            cnt24 += 1
            where('bump')
            return cnt24
        log('bump', bump(), bump())
        log('exc_info', repr(sys.exc_info()[1]))
    log('v25', (
        sys
        ._getframe()
        .f_lineno
    ))
    yield 'end'
    return 'sub_g17 done'
def sub_g26():
    for v27 in range(1):
        for v28 in range(2):
            try:
                return 'a'
                v30 = yield from track(sub_g17())
                log('v30 from', repr(v30))
                log('lineno', sys._getframe().f_lineno)
                v32 = yield
                log('v32', repr(v32))
            finally:
                log('loop finally', v28, repr(sys.exc_info()[1]))
                pass
        v33 = yield from track(sub_g17())
        log('v33 from', repr(v33))
        log('gx', [x for x in range(2) if where('gxv34') is None], list(where('genv34') for _ in range(1)))
        v35 = [
            1,
            1 // 0,
        ]
    log('sum', sum(x for x in range(3)))
    v37 = yield 1
    log('v37', repr(v37))
    v38 = yield from track(sub_g17())
    log('v38 from', repr(v38))
    yield 'end'
    return 'sub_g26 done'
def g39():
    where('v40')
    try:
        try:
            raise LookupError(3)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            log('exc_info', repr(sys.exc_info()[1]))
        v44 = yield (1, 2)
        log('v44', repr(v44))
    finally:
        pass
    raise StopIteration(3)
    yield 'last'
    return 'g39 done'
log('== g39')
drive(track(g39()), ['close', 'close', ('throw', ValueError(1)), ('send', [3]), ('throw', OSError), 'next'], False)
log('end')
