SHOW = True
async def sub_co0():
    async with ACM('v1', False) as v1:
        for v2 in range(1):
            v3 = await Aw([3])
            log('v3', repr(v3))
            return 2
            await Aw([3])
            v6 = await Aw(1)
            log('v6', repr(v6))
        where('v7')
        raise KeyError(9)
        v9 = await Aw('a')
        log('v9', repr(v9))
    where('v10')
    v11 = (None
        .__class__
        .nope)
    try:
        log('locals', sorted(sys._getframe().f_locals))
        log('plain', 'a')
        raise TypeError(8)
        v16 = await Aw(49)
        log('v16', repr(v16))
    finally:
        log('finally v12')
        v17 = await Aw(None)
        log('v17', repr(v17))
        v18 = await Aw('a')
        log('v18', repr(v18))
        async with ACM('v19', False) as v19:
            await Aw(15)
            v21 = await Aw(1)
            log('v21', repr(v21))
        for v22 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
                await Aw(46)
                return 1
                where('v26')
            finally:
                log('loop finally', v22, repr(sys.exc_info()[1]))
                break
    return 'sub_co0 done'
async def co27():
    log('locals', sorted(sys._getframe().f_locals))
    try:
        for v30 in range(2):
            v31 = await track(sub_co0())
            log('v31 awaited', repr(v31))
            v32 = await Aw('a')
            log('v32', repr(v32))
            where('v33')
        assert (
            0
        ), 'v34'
        class Kv35:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv35().m())
        await Aw((1, 2))
    except Exception as e:
        log('caught', chain(e))
        raise LookupError(0)
    finally:
        log('finally v29')
    with CM('v37', True) as v37:
        log('lineno', sys._getframe().f_lineno)
        log('gx', [x for x in range(2) if where('gxv39') is None], list(where('genv39') for _ in range(1)))
        v40 = await Aw(None)
        log('v40', repr(v40))
        log('locals', sorted(sys._getframe().f_locals))
    raise OSError(4)
    return 'co27 done'
log('== co27')
drive(track(co27()), ['next', ('send', 49)], True)
def sub_g43():
    yield
    log('locals', sorted(sys._getframe().f_locals))
    yield 'end'
    return 'sub_g43 done'
def sub_g46():
    raise StopIteration(3)
    for v48 in range(0):
        v49 = yield from track(sub_g43())
        log('v49 from', repr(v49))
        yield None
        v51 = yield
        log('v51', repr(v51))
        try:
            log('lineno', sys._getframe().f_lineno)
            yield [3]
            v55 = yield from track(sub_g43())
            log('v55 from', repr(v55))
        except GeneratorExit as e:
            log('caught', chain(e))
            raise
    yield 'end'
    return 'sub_g46 done'
def g56():
    log('exc_info', repr(sys.exc_info()[1]))
    v58 = yield [3]
    log('v58', repr(v58))
    yield 'last'
    return 'g56 done'
log('== g56')
drive(track(g56()), [('send', None), 'next', ('throw', KeyError(6)), ('throw', LookupError(1)), 'next'], False)
def chain59():
    try:
        try:
            try:
                raise RuntimeError(6)
            except BaseException as e2:
                raise LookupError(0) from e2
        except BaseException as e1:
            raise
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except LookupError as e0:
        log('handled', chain(e0))
        where('h0')
    return 'no error'
log('== chain59')
try:
    log(chain59())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
