SHOW = True
def chain0():
    try:
        try:
            try:
                try:
                    raise RuntimeError(0)
                except BaseException as e3:
                    raise
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
            except LookupError as e2:
                raise
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
                raise RuntimeError(8)
        except BaseException as e1:
            raise RuntimeError(0) from e1
    except ValueError as e0:
        raise TypeError(6) from e0
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g1():
    log('lineno', sys._getframe().f_lineno)
    try:
        raise KeyError(1)
    except Exception as e:
        log('lineno', sys._getframe().f_lineno)
        log('locals', sorted(sys._getframe().f_locals))
        log('plain', 2)
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g1 done'
def sub_g7():
    yield
    log('lineno', sys._getframe().f_lineno)
    yield
    with CM('v11', True) as v11:
        v12 = yield from track(sub_g1())
        log('v12 from', repr(v12))
        where('v13')
        try:
            v15 = yield
            log('v15', repr(v15))
            where('v16')
        finally:
            log('finally v14')
        assert (
            1
        ), 'v17'
    yield 'end'
    return 'sub_g7 done'
def g18():
    for v19 in range(2):
        try:
            v20 = yield from track(sub_g1())
            log('v20 from', repr(v20))
        finally:
            log('loop finally', v19, repr(sys.exc_info()[1]))
            break
    yield 'last'
    return 'g18 done'
log('== g18')
drive(track(g18()), [('send', None), ('send', (1, 2))], False)
def g21():
    v22 = yield (1, 2)
    log('v22', repr(v22))
    for v23 in range(0):
        with CM('v24', False) as v24:
            yield
            log('lineno', sys._getframe().f_lineno)
        for v27 in range(2):
            try:
                yield
            finally:
                log('loop finally', v27, repr(sys.exc_info()[1]))
                continue
        log('gx', [x for x in range(2) if where('gxv29') is None], list(where('genv29') for _ in range(1)))
    yield 'last'
    return 'g21 done'
log('== g21')
drive(track(g21()), [('send', 2), ('throw', TypeError(3)), ('throw', KeyError(5)), ('send', 2), 'next'], False)
def chain30():
    try:
        try:
            try:
                try:
                    raise RuntimeError(1)
                except BaseException as e3:
                    raise LookupError(4) from e3
            except BaseException as e2:
                raise
        except ValueError as e1:
            raise LookupError(8)
    except Exception as e0:
        log('handled', chain(e0))
        where('h0')
    return 'no error'
log('== chain30')
try:
    log(chain30())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
