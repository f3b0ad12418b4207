SHOW = False
def g0():
    log('locals', sorted(sys._getframe().f_locals))
    log('lineno', sys._getframe().f_lineno)
    with CM('v3', False) as v3:
        try:
            yield
            v6 = yield
            log('v6', repr(v6))
        except RuntimeError as e:
            log('caught', chain(e))
            raise KeyError(8) from e
        log('sum', sum(x for x in range(3)))
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('throw', KeyError(4)), ('throw', ValueError(2)), 'next'], False)
def sub_g8():
    for v9 in range(2):
        try:
            cnt11 = 0
            def bump():
                nonlocal cnt11
                cnt11 += 1
                where('bump')
                return cnt11
            log('bump', bump(), bump())
            v12 = yield 2
            log('v12', repr(v12))
            log('lineno', sys._getframe().f_lineno)
        finally:
            log('loop finally', v9, repr(sys.exc_info()[1]))
            break
    yield 'end'
    return 'sub_g8 done'
def g14():
    log('gx', [x for x in range(2) if where('gxv15') is None], list(where('genv15') for _ in range(1)))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    return 'g14 done'
log('== g14')
drive(track(g14()), [('send', None), 'close'], False)
def chain17():
    try:
        raise LookupError(0)
    except ValueError as e0:
        raise
    return 'no error'
log('== chain17')
try:
    log(chain17())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def g18():
    raise KeyError(3)
    yield 'last'
    return 'g18 done'
log('== g18')
drive(track(g18()), [('send', None), 'next'], False)
def sub_g20():
    raise StopIteration(2)
    v22 = (None
        .__class__
        .nope)
    try:
        where('v24')
        where('v25')
    except ValueError as e:
        log('caught', chain(e))
        raise
    finally:
        log('finally v23')
    yield 'end'
    return 'sub_g20 done'
def g26():
    cnt28 = 0
    def bump():
        nonlocal cnt28
        cnt28 += 1
        where('bump')
        return cnt28
    log('bump', bump(), bump())
    log('exc_info', repr(sys.exc_info()[1]))
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    return 'g26 done'
log('== g26')
drive(track(g26()), [('throw', LookupError(4)), 'next', 'close', ('throw', OSError(2)), 'next'], False)
def sub_g31():
    class Kv32:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv32().m())
    where('v33')
    try:
        cnt36 = 0
        def bump():
            nonlocal cnt36
            cnt36 += 1
            where('bump')
            return cnt36
        log('bump', bump(), bump())
        for v37 in range(0):
            log('lineno', sys._getframe().f_lineno)
        where('v39')
        yield 2
    except GeneratorExit as e:
        log('caught', chain(e))
        raise RuntimeError(9) from e
    finally:
        log('finally v34')
    yield [3]
    yield 'end'
    return 'sub_g31 done'
def sub_g42():
    raise RuntimeError(3)
    v44 = yield 45
    log('v44', repr(v44))
    yield 'end'
    return 'sub_g42 done'
def g45():
    yield 'a'
    with CM('v47', False) as v47:
        v48 = yield from track(sub_g42())
        log('v48 from', repr(v48))
        with CM('v49', False) as v49:
            v50 = yield (1, 2)
            log('v50', repr(v50))
            where('v51')
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    return 'g45 done'
log('== g45')
drive(track(g45()), ['close', 'next'], False)
log('end')
