SHOW = True
def sub_g0():
    try:
        v2 = yield
        log('v2', repr(v2))
        class Kv3:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv3().m())
        yield 'a'
    finally:
        pass
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g0 done'
def sub_g6():
    log('locals', sorted(sys._getframe().f_locals))
    v8 = [
        1,
        1 // 0,
    ]
    log('exc_info', repr(sys.exc_info()[1]))
    v10 = yield
    log('v10', repr(v10))
    yield 'end'
    return 'sub_g6 done'
def g11():
    class Kv12:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv12().m())
    with CM('v13', False) as v13:
        with CM('v14', False) as v14:
            v15 = yield
            log('v15', repr(v15))
            v16 = yield 1
            log('v16', repr(v16))
            log('plain', 2)
        v18 = yield (1, 2)
        log('v18', repr(v18))
        yield
        raise StopIteration(0)
    v21 = yield 40
    log('v21', repr(v21))
    for v22 in range(2):
        try:
            assert (
                1
            ), 'v23'
            log('plain', 67)
            log('exc_info', repr(sys.exc_info()[1]))
        finally:
            log('loop finally', v22, repr(sys.exc_info()[1]))
            pass
    yield 'last'
    return 'g11 done'
log('== g11')
drive(track(g11()), ['close', ('throw', RuntimeError(8)), 'close', ('send', 'a'), ('throw', OSError(8))], False)
def sub_g26():
    raise StopIteration(0)
    yield
    class Kv29:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv29().m())
    yield 'end'
    return 'sub_g26 done'
def sub_g30():
    v31 = yield
    log('v31', repr(v31))
    try:
        raise LookupError(8)
    except Exception as e:
        log('locals', sorted(sys._getframe().f_locals))
        raise StopIteration(4)
        log('exc_info', repr(sys.exc_info()[1]))
    log('lineno', sys._getframe().f_lineno)
    for v36 in range(2):
        try:
            try:
                raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
            except* ValueError as eg:
                log('star', repr(eg.exceptions))
            except* TypeError as eg:
                log('star2', repr(eg.exceptions))
        finally:
            log('loop finally', v36, repr(sys.exc_info()[1]))
            break
    yield 'end'
    return 'sub_g30 done'
def g41():
    v42 = yield from track(sub_g26())
    log('v42 from', repr(v42))
    yield 'last'
    return 'g41 done'
log('== g41')
drive(track(g41()), ['next', ('send', 'a'), ('send', (1, 2)), 'next', ('throw', RuntimeError(6)), 'next'], False)
async def sub_co43():
    await Aw('a')
    return 'sub_co43 done'
async def sub_co45():
    raise OSError(5)
    log('plain', 1)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    async for v51 in AIter(0):
        log('v51', v51)
        log('gx', [x for x in range(2) if where('gxv52') is None], list(where('genv52') for _ in range(1)))
        v53 = await Aw('a')
        log('v53', repr(v53))
    return 'sub_co45 done'
async def co54():
    log('locals', sorted(sys._getframe().f_locals))
    return 'co54 done'
log('== co54')
drive(track(co54()), [('throw', OSError(7)), ('throw', TypeError(1)), 'close', ('send', None), 'next'], True)
def sub_g56():
    for v57 in range(0):
        yield
    yield 'end'
    return 'sub_g56 done'
def g59():
    log('plain', 2)
    class Kv61:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv61().m())
    yield 'last'
    return 'g59 done'
log('== g59')
drive(track(g59()), [('send', None), 'next', 'next', ('send', 2)], False)
async def ag62():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    async for v66 in AIter(2):
        log('v66', v66)
        log('lineno', sys._getframe().f_lineno)
        try:
            raise LookupError(3)
        except Exception as e:
            yield [3]
            yield
            log('exc_info', repr(sys.exc_info()[1]))
        v71 = yield None
        log('v71', repr(v71))
        for v72 in range(1):
            yield 'a'
            yield
    log('plain', 69)
    yield 'last'
    log('ag62 end')
log('== ag62')
adrive(track(ag62()), ['next', ('throw', KeyError), 'close', ('send', 'a'), 'next', ('send', 1)])
log('end')
