SHOW = False
def g0():
    v1 = yield
    log('v1', repr(v1))
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('send', None), 'next', 'next', ('send', (1, 2)), 'next', 'next'], False)
def chain2():
    try:
        raise KeyError(9)
    except ValueError as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise ValueError(3)
    return 'no error'
log('== chain2')
try:
    log(chain2())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain3():
    try:
        try:
            try:
                raise ValueError(0)
            except BaseException as e2:
                raise LookupError(9) from e2
        except BaseException as e1:
            raise
    except BaseException as e0:
        raise
    return 'no error'
log('== chain3')
try:
    log(chain3())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def ag4():
    with CM('v5', False) as v5:
        cnt7 = 0
        def bump():
            nonlocal cnt7
            cnt7 += 1
            where('bump')
            return cnt7
        log('bump', bump(), bump())
        v8 = yield
        log('v8', repr(v8))
        yield (1, 2)
    log('lineno', sys._getframe().f_lineno)
    try:
        raise RuntimeError(8)
    except Exception as e:
        log('gx', [x for x in range(2) if where('gxv12') is None], list(where('genv12') for _ in range(1)))
        log('exc_info', repr(sys.exc_info()[1]))
    raise StopAsyncIteration(4)
    yield 'last'
    log('ag4 end')
log('== ag4')
adrive(track(ag4()), [('throw', ValueError(3)), ('throw', LookupError(7)), 'next'])
log('end')
