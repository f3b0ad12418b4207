SHOW = False
def chain0():
    try:
        try:
            try:
                try:
                    raise RuntimeError(1)
                except BaseException as e3:
                    raise KeyError(9) from None
            except BaseException as e2:
                raise KeyError(7)
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except LookupError as e1:
            log('handled', chain(e1))
            where('h1')
    except ValueError as e0:
        log('handled', chain(e0))
        where('h0')
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g1():
    class Kv2:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv2().m())
    v3 = (
        yield [3]
    )
    log('v3', v3)
    v4 = yield
    log('v4', repr(v4))
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g1 done'
def sub_g6():
    assert (
        1
    ), 'v7'
    log('gx', [x for x in range(2) if where('gxv8') is None], list(where('genv8') for _ in range(1)))
    yield 'end'
    return 'sub_g6 done'
def g9():
    yield
    yield 'last'
    return 'g9 done'
log('== g9')
drive(track(g9()), [('throw', KeyError(2)), ('throw', ValueError(8)), 'close', 'next', 'next', ('throw', OSError)], False)
def sub_g11():
    for v12 in range(2):
        try:
            log('locals', sorted(sys._getframe().f_locals))
            where('v14')
            log('sum', sum(x for x in range(3)))
        finally:
            log('loop finally', v12, repr(sys.exc_info()[1]))
            pass
    class Kv16:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv16().m())
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g11 done'
def sub_g18():
    raise StopIteration(3)
    try:
        raise KeyError(3)
    except Exception as e:
        where('v21')
        v22 = yield from track(sub_g11())
        log('v22 from', repr(v22))
        log('exc_info', repr(sys.exc_info()[1]))
    with CM('v23', True) as v23:
        log('gx', [x for x in range(2) if where('gxv24') is None], list(where('genv24') for _ in range(1)))
    log('sum', sum(x for x in range(3)))
    yield 'end'
    return 'sub_g18 done'
def g26():
    v27 = yield None
    log('v27', repr(v27))
    try:
        raise TypeError(3)
    except Exception as e:
        yield 'a'
        v30 = (None
            .__class__
            .nope)
        yield None
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g26 done'
log('== g26')
drive(track(g26()), [('throw', LookupError(8)), 'next', 'next', 'close'], False)
log('end')
