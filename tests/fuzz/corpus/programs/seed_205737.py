SHOW = False
def g0():
    cnt2 = 0
    def bump():
        nonlocal cnt2
        cnt2 += 1
        where('bump')
        return cnt2
    log('bump', bump(), bump())
    yield (1, 2)
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('throw', RuntimeError(2)), ('throw', KeyError(1)), ('throw', ValueError(1))], False)
def sub_g4():
    raise ValueError(1)
    yield
    yield 'end'
    return 'sub_g4 done'
def sub_g7():
    try:
        raise ValueError(4)
    except Exception as e:
        log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g7 done'
def g10():
    try:
        for v12 in range(2):
            try:
                where('v13')
                where('v14')
                v15 = yield
                log('v15', repr(v15))
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v12, repr(sys.exc_info()[1]))
                pass
        v17 = yield from track(sub_g7())
        log('v17 from', repr(v17))
        raise ValueError(
            6,
        )
        v19 = yield from track(sub_g4())
        log('v19 from', repr(v19))
    except OSError as e:
        log('caught', chain(e))
        log('gx', [x for x in range(2) if where('gxv20') is None], list(where('genv20') for _ in range(1)))
        raise StopIteration(4)
    v22 = yield from track(sub_g4())
    log('v22 from', repr(v22))
    cnt24 = 0
    def bump():
        nonlocal cnt24
        cnt24 += 1
        where('bump')
        return cnt24
    log('bump', bump(), bump())
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g10 done'
log('== g10')
drive(track(g10()), ['next', ('throw', ValueError(1)), ('throw', TypeError(5)), 'next'], False)
def sub_g26():
    v27 = (
        yield
    )
    log('v27', v27)
    log('exc_info', repr(sys.exc_info()[1]))
    log('plain', [3])
    yield 'end'
    return 'sub_g26 done'
def sub_g30():
    try:
        raise TypeError(6)
    except Exception as e:
        try:
            v33 = yield 1
            log('v33', repr(v33))
            log('plain', 1)
        except StopIteration as e:
            log('caught', chain(e))
            raise LookupError(8)
        where('v35')
        with CM('v36', True) as v36:
            v37 = yield from track(sub_g26())
            log('v37 from', repr(v37))
            raise ValueError(0)
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g30 done'
def g39():
    class Kv40:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv40().m())
    cnt42 = 0
    def bump():
        nonlocal cnt42
        cnt42 += 1
        where('bump')
        return cnt42
    log('bump', bump(), bump())
    for v43 in range(2):
        for v44 in range(2):
            try:
                v45 = yield
                log('v45', repr(v45))
            finally:
                log('loop finally', v44, repr(sys.exc_info()[1]))
                continue
        for v46 in range(2):
            try:
                yield
                log('plain', None)
                v49 = yield
                log('v49', repr(v49))
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v46, repr(sys.exc_info()[1]))
                break
    yield 'last'
    return 'g39 done'
log('== g39')
drive(track(g39()), ['next', 'next'], False)
async def ag51():
    yield
    yield 'last'
    log('ag51 end')
log('== ag51')
adrive(track(ag51()), ['next', 'next', ('throw', OSError(1)), ('throw', LookupError(5))])
def sub_g53():
    log('gx', [x for x in range(2) if where('gxv54') is None], list(where('genv54') for _ in range(1)))
    raise TypeError(2)
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g53 done'
def g57():
    try:
        raise OSError(1)
    except Exception as e:
        log('plain', 2)
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g57 done'
log('== g57')
drive(track(g57()), [('throw', OSError(4)), 'next', 'next', 'next'], False)
log('end')
