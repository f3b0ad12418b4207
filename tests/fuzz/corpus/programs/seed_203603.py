SHOW = True
async def sub_co0():
    where('v1')
    return 'sub_co0 done'
async def co2():
    v3 = await Aw((1, 2))
    log('v3', repr(v3))
    return 'co2 done'
log('== co2')
drive(track(co2()), ['close', 'next', ('throw', ValueError)], True)
def sub_g4():
    with CM('v5', False) as v5:
        for v6 in range(1):
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
        try:
            raise KeyError(0)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            where('v11')
            log('exc_info', repr(sys.exc_info()[1]))
    yield [3]
    with CM('v13', False) as v13:
        log('gx', [x for x in range(2) if where('gxv14') is None], list(where('genv14') for _ in range(1)))
        log('sum', sum(x for x in range(3)))
        for v16 in range(2):
            where('v17')
            v18 = yield (1, 2)
            log('v18', repr(v18))
            yield 2
            where('v20')
        log('exc_info', repr(sys.exc_info()[1]))
    cnt23 = 0
    def bump():
        nonlocal cnt23
        cnt23 += 1
        where('bump')
        return cnt23
    log('bump', bump(), bump())
    yield 'end'
    return 'sub_g4 done'
def sub_g24():
    for v25 in range(2):
        try:
            try:
                raise ValueError(4)
            except Exception as e:
                where('v27')
                log('exc_info', repr(sys.exc_info()[1]))
            log('plain', (1, 2))
            log('gx', [x for x in range(2) if where('gxv29') is None], list(where('genv29') for _ in range(1)))
            try:
                raise TypeError(2)
            except Exception as e:
                raise LookupError(0)
                v32 = yield
                log('v32', repr(v32))
                log('exc_info', repr(sys.exc_info()[1]))
        finally:
            log('loop finally', v25, repr(sys.exc_info()[1]))
            continue
    log('locals', sorted(sys._getframe().f_locals))
    raise StopIteration(4)
    for v35 in range(1):
        class Kv36:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv36().m())
        class Kv37:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv37().m())
        raise KeyError(5)
    yield 'end'
    return 'sub_g24 done'
def g39():
    log('sum', sum(x for x in range(3)))
    for v41 in range(2):
        try:
            raise StopIteration(3)
            yield
            log('plain', 72)
        finally:
            log('loop finally', v41, repr(sys.exc_info()[1]))
            pass
    v45 = yield
    log('v45', repr(v45))
    v46 = yield from track(sub_g24())
    log('v46 from', repr(v46))
    yield 'last'
    return 'g39 done'
log('== g39')
drive(track(g39()), [('send', None), ('throw', LookupError(4)), 'next', 'next', ('send', 1)], False)
def chain47():
    try:
        try:
            raise KeyError(7)
        except BaseException as e1:
            log('handled', chain(e1))
            where('h1')
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except BaseException as e0:
        log('handled', chain(e0))
        where('h0')
    return 'no error'
log('== chain47')
try:
    log(chain47())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
