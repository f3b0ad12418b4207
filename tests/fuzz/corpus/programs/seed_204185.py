SHOW = False
def sub_g0():
    log('gx', [x for x in range(2) if where('gxv1') is None], list(where('genv1') for _ in range(1)))
    yield 'end'
    return 'sub_g0 done'
def sub_g2():
    v3 = yield
    log('v3', repr(v3))
    log('plain', 80)
    yield
    yield 'end'
    return 'sub_g2 done'
def g6():
    for v7 in range(2):
        try:
            class Kv8:
                where('class')
                def m(self):
                    where('method')
                    return sys._getframe().f_code.co_qualname
            log(Kv8().m())
            for v9 in range(2):
                try:
                    v10 = yield
                    log('v10', repr(v10))
                    log('plain', [3])
                finally:
                    log('loop finally', v9, repr(sys.exc_info()[1]))
                    continue
        finally:
            log('loop finally', v7, repr(sys.exc_info()[1]))
            continue
    log('sum', sum(x for x in range(3)))
    v13 = yield from track(sub_g2())
    log('v13 from', repr(v13))
    try:
        raise KeyError(7)
    except Exception as e:
        v15 = yield 2
        log('v15', repr(v15))
        class Kv16:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv16().m())
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g6 done'
log('== g6')
drive(track(g6()), [('throw', KeyError(1)), ('throw', RuntimeError(9))], False)
async def sub_co17():
    await Aw(2)
    return 'sub_co17 done'
async def co19():
    log('lineno', sys._getframe().f_lineno)
    log('lineno', sys._getframe().f_lineno)
    v22 = await Aw(1)
    log('v22', repr(v22))
    try:
        return 8
        class Kv25:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv25().m())
        for v26 in range(2):
            return 'a'
            v28 = await Aw(2)
            log('v28', repr(v28))
    except StopIteration as e:
        log('caught', chain(e))
        log('exc_info', repr(sys.exc_info()[1]))
        log('gx', [x for x in range(2) if where('gxv30') is None], list(where('genv30') for _ in range(1)))
        v31 = await track(sub_co17())
        log('v31 awaited', repr(v31))
    return 'co19 done'
log('== co19')
drive(track(co19()), ['close', 'next', ('send', 81), ('throw', TypeError(4)), ('throw', KeyError), 'next'], True)
def sub_g32():
    try:
        log('sum', sum(x for x in range(3)))
        yield 2
        v36 = yield None
        log('v36', repr(v36))
    finally:
        pass
    v37 = yield (1, 2)
    log('v37', repr(v37))
    v38 = yield
    log('v38', repr(v38))
    with CM('v39', True) as v39:
        class Kv40:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv40().m())
    yield 'end'
    return 'sub_g32 done'
def g41():
    log('lineno', sys._getframe().f_lineno)
    try:
        raise OSError(7)
    except Exception as e:
        try:
            raise LookupError(4)
        except Exception as e:
            log('plain', 1)
            v46 = yield 2
            log('v46', repr(v46))
            v47 = yield
            log('v47', repr(v47))
            log('exc_info', repr(sys.exc_info()[1]))
        v48 = yield (1, 2)
        log('v48', repr(v48))
        for v49 in range(2):
            try:
                v50 = yield (1, 2)
                log('v50', repr(v50))
            finally:
                log('loop finally', v49, repr(sys.exc_info()[1]))
                continue
        log('gx', [x for x in range(2) if where('gxv51') is None], list(where('genv51') for _ in range(1)))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 51
    yield 'last'
    return 'g41 done'
log('== g41')
drive(track(g41()), [('send', None), 'next', 'next'], False)
async def sub_co53():
    cnt55 = 0
    def bump():
        nonlocal cnt55
        cnt55 += 1
        where('bump')
        return cnt55
    log('bump', bump(), bump())
    with CM('v56', False) as v56:
        await Aw('a')
        async for v58 in AIter(2):
            log('v58', v58)
            log('plain', (1, 2))
            log('plain', 2)
        log('gx', [x for x in range(2) if where('gxv61') is None], list(where('genv61') for _ in range(1)))
    try:
        raise OSError(3)
    except Exception as e:
        try:
            where('v64')
            v65 = await Aw(23)
            log('v65', repr(v65))
            v66 = await Aw(70)
            log('v66', repr(v66))
            where('v67')
        except LookupError as e:
            log('caught', chain(e))
            where('v68')
            log('lineno', sys._getframe().f_lineno)
            log('plain', 1)
        log('lineno', sys._getframe().f_lineno)
        for v72 in range(1):
            where('v73')
            where('v74')
        for v75 in range(2):
            v76 = await Aw('a')
            log('v76', repr(v76))
            return 83
            v78 = await Aw([3])
            log('v78', repr(v78))
            return 'a'
        log('exc_info', repr(sys.exc_info()[1]))
    try:
        raise OSError(2)
    except Exception as e:
        with CM('v81', False) as v81:
            v82 = await Aw([3])
            log('v82', repr(v82))
            where('v83')
            v84 = await Aw((1, 2))
            log('v84', repr(v84))
            v85 = await Aw([3])
            log('v85', repr(v85))
        log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co53 done'
async def co86():
    v87 = await Aw(None)
    log('v87', repr(v87))
    return 'co86 done'
log('== co86')
drive(track(co86()), ['next', ('send', [3]), 'next', ('send', 2), 'next', 'next'], True)
def chain88():
    try:
        try:
            try:
                raise KeyError(7)
            except Exception as e2:
                raise LookupError(0)
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except LookupError as e1:
            raise KeyError(7)
    except LookupError as e0:
        raise OSError(1) from None
    return 'no error'
log('== chain88')
try:
    log(chain88())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
