SHOW = False
def chain0():
    try:
        raise LookupError(2)
    except Exception as e0:
        raise
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def ag1():
    class Kv2:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv2().m())
    yield (1, 2)
    where('v4')
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag1 end')
log('== ag1')
adrive(track(ag1()), ['next', ('throw', KeyError(6)), 'next'])
async def sub_co6():
    try:
        raise TypeError(9)
    except Exception as e:
        log('locals', sorted(sys._getframe().f_locals))
        for v9 in range(2):
            await Aw((1, 2))
            log('lineno', sys._getframe().f_lineno)
            where('v12')
            v13 = await Aw(2)
            log('v13', repr(v13))
        log('locals', sorted(sys._getframe().f_locals))
        log('plain', (1, 2))
        log('exc_info', repr(sys.exc_info()[1]))
    log('locals', sorted(sys._getframe().f_locals))
    return 'sub_co6 done'
async def co17():
    v18 = await Aw((1, 2))
    log('v18', repr(v18))
    try:
        raise KeyError(1)
    except Exception as e:
        class Kv20:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv20().m())
        log('exc_info', repr(sys.exc_info()[1]))
    async for v21 in AIter(1):
        log('v21', v21)
        with CM('v22', False) as v22:
            log('plain', None)
            raise OSError(9)
            v25 = await Aw((1, 2))
            log('v25', repr(v25))
        await Aw([3])
        return [3]
    return 'co17 done'
log('== co17')
drive(track(co17()), [('throw', KeyError), 'next', 'next', 'close'], True)
def sub_g28():
    log('lineno', sys._getframe().f_lineno)
    log('lineno', sys._getframe().f_lineno)
    log('lineno', sys._getframe().f_lineno)
    log('gx', [x for x in range(2) if where('gxv32') is None], list(where('genv32') for _ in range(1)))
    yield 'end'
    return 'sub_g28 done'
def sub_g33():
    for v34 in range(2):
        try:
            log('sum', sum(x for x in range(3)))
            log('sum', sum(x for x in range(3)))
            with CM('v37', False) as v37:
                v38 = yield
                log('v38', repr(v38))
            yield
        finally:
            log('loop finally', v34, repr(sys.exc_info()[1]))
            break
    with CM('v40', False) as v40:
        try:
            raise OSError(8)
        except Exception as e:
            log('plain', 2)
            v43 = yield from track(sub_g28())
            log('v43 from', repr(v43))
            where('v44')
            log('exc_info', repr(sys.exc_info()[1]))
        where('v45')
        cnt47 = 0
        def bump():
            nonlocal cnt47
            cnt47 += 1
            where('bump')
            return cnt47
        log('bump', bump(), bump())
        raise StopIteration(3)
    class Kv49:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv49().m())
    log('sum', sum(x for x in range(3)))
    yield 'end'
    return 'sub_g33 done'
def g51():
    log('gx', [x for x in range(2) if where('gxv52') is None], list(where('genv52') for _ in range(1)))
    log('locals', sorted(sys._getframe().f_locals))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    for v62 in range(0):
        v63 = yield from track(sub_g28())
        log('v63 from', repr(v63))
        yield 15
    yield 'last'
    return 'g51 done'
log('== g51')
drive(track(g51()), [('send', 'a')], False)
log('end')
