SHOW = False
def sub_g0():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    class Kv6:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv6().m())
    with CM('v7', True) as v7:
        log('exc_info', repr(sys.exc_info()[1]))
        try:
            log('lineno', sys._getframe().f_lineno)
            where('v11')
            v12 = yield 1
            log('v12', repr(v12))
        except ValueError as e:
            log('caught', chain(e))
            raise
        finally:
            log('finally v9')
        for v13 in range(1):
            v14 = yield
            log('v14', repr(v14))
        log('plain', (1, 2))
    yield 'end'
    return 'sub_g0 done'
def sub_g16():
    log('sum', sum(x for x in range(3)))
    v18 = yield 'a'
    log('v18', repr(v18))
    class Kv19:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv19().m())
    yield 'end'
    return 'sub_g16 done'
def g20():
    log('v21', (
        sys
        ._getframe()
        .f_lineno
    ))
    v22 = yield
    log('v22', repr(v22))
    yield 'last'
    return 'g20 done'
log('== g20')
drive(track(g20()), [('send', None), 'next', 'close', ('throw', ValueError(7)), 'next'], False)
def sub_g23():
    log('sum', sum(x for x in range(3)))
    yield
    where('v26')
    v27 = yield 'a'
    log('v27', repr(v27))
    yield 'end'
    return 'sub_g23 done'
def g28():
    for v29 in range(2):
        class Kv30:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv30().m())
        log('exc_info', repr(sys.exc_info()[1]))
        log('sum', sum(x for x in range(3)))
    for v33 in range(0):
        for v34 in range(2):
            try:
                yield
            finally:
                log('loop finally', v34, repr(sys.exc_info()[1]))
                break
    yield 'last'
    return 'g28 done'
log('== g28')
drive(track(g28()), [('send', None), ('throw', RuntimeError(2)), 'next', 'next', ('send', [3]), ('throw', KeyError(6))], False)
async def sub_co36():
    log('exc_info', repr(sys.exc_info()[1]))
    with CM('v38', False) as v38:
        for v39 in range(2):
            try:
                raise ValueError(9)
                await Aw(1)
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v39, repr(sys.exc_info()[1]))
                break
        for v43 in range(2):
            try:
                return 2
            finally:
                log('loop finally', v43, repr(sys.exc_info()[1]))
                continue
        raise OSError(1)
        log('gx', [x for x in range(2) if where('gxv46') is None], list(where('genv46') for _ in range(1)))
    with CM('v47', False) as v47:
        try:
            raise OSError(7)
        except Exception as e:
            v49 = await Aw(None)
            log('v49', repr(v49))
            v50 = await Aw(1)
            log('v50', repr(v50))
            v51 = await Aw(82)
            log('v51', repr(v51))
            log('exc_info', repr(sys.exc_info()[1]))
    log(
        'v52',
        await Aw('a'),
        sys._getframe().f_lineno,
    )
    return 'sub_co36 done'
async def sub_co53():
    where(
        'v54'
    )
    log('gx', [x for x in range(2) if where('gxv55') is None], list(where('genv55') for _ in range(1)))
    cnt57 = 0
    def bump():
        nonlocal cnt57
        cnt57 += 1
        where('bump')
        return cnt57
    log('bump', bump(), bump())
    return 'sub_co53 done'
async def co58():
    with CM('v59', False) as v59:
        cnt61 = 0
        def bump():
            nonlocal cnt61
            cnt61 += 1
            where('bump')
            return cnt61
        log('bump', bump(), bump())
    log('lineno', sys._getframe().f_lineno)
    v63 = await Aw(None)
    log('v63', repr(v63))
    try:
        where('v65')
        log('exc_info', repr(sys.exc_info()[1]))
        raise LookupError(1)
    except TypeError as e:
        log('caught', chain(e))
        raise
    finally:
        log('finally v64')
    return 'co58 done'
log('== co58')
drive(track(co58()), [('send', None), 'next'], True)
async def co68():
    log('lineno', sys._getframe().f_lineno)
    return 'co68 done'
log('== co68')
drive(track(co68()), ['next', ('throw', TypeError(3)), 'next', ('throw', RuntimeError)], True)
async def ag70():
    for v71 in range(2):
        try:
            try:
                raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
            except* ValueError as eg:
                log('star', repr(eg.exceptions))
            except* TypeError as eg:
                log('star2', repr(eg.exceptions))
            log('gx', [x for x in range(2) if where('gxv76') is None], list(where('genv76') for _ in range(1)))
            try:
                v78 = yield [3]
                log('v78', repr(v78))
                raise TypeError(3)
                where('v80')
            except RuntimeError as e:
                log('caught', chain(e))
                v81 = yield
                log('v81', repr(v81))
                yield
                log('lineno', sys._getframe().f_lineno)
                yield 2
            raise StopAsyncIteration(3)
        finally:
            log('loop finally', v71, repr(sys.exc_info()[1]))
            pass
    try:
        raise KeyError(3)
    except Exception as e:
        raise StopAsyncIteration(3)
        v88 = await Aw(None)
        log('v88', repr(v88))
        async for v89 in AIter(1):
            log('v89', v89)
            v90 = yield
            log('v90', repr(v90))
            yield 1
        log('exc_info', repr(sys.exc_info()[1]))
    try:
        raise KeyError(9)
    except Exception as e:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        async with ACM('v96', True) as v96:
            log('lineno', sys._getframe().f_lineno)
            where('v98')
            log('lineno', sys._getframe().f_lineno)
            raise TypeError(9)
        cnt102 = 0
        def bump():
            nonlocal cnt102
            cnt102 += 1
            where('bump')
            return cnt102
        log('bump', bump(), bump())
        try:
            raise KeyError(3)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    log('ag70 end')
log('== ag70')
adrive(track(ag70()), [('throw', LookupError), ('throw', OSError(7)), ('throw', LookupError), ('throw', ValueError(3)), ('send', 2), 'next'])
async def sub_co106():
    for v107 in range(2):
        try:
            log('locals', sorted(sys._getframe().f_locals))
            assert (
                0
            ), 'v109'
        finally:
            log('loop finally', v107, repr(sys.exc_info()[1]))
            continue
    log('locals', sorted(sys._getframe().f_locals))
    with CM('v111', True) as v111:
        await Aw(None)
    for v113 in range(2):
        try:
            await Aw([3])
            await Aw('a')
            log('exc_info', repr(sys.exc_info()[1]))
            try:
                raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
            except* ValueError as eg:
                log('star', repr(eg.exceptions))
            except* TypeError as eg:
                log('star2', repr(eg.exceptions))
        finally:
            log('loop finally', v113, repr(sys.exc_info()[1]))
            pass
    return 'sub_co106 done'
async def co120():
    for v121 in range(0):
        await Aw(2)
        class Kv123:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv123().m())
    return 'co120 done'
log('== co120')
drive(track(co120()), ['next', 'next', ('throw', LookupError(7))], True)
log('end')
