SHOW = True
async def co0():
    for v1 in range(2):
        try:
            log('exc_info', repr(sys.exc_info()[1]))
            return [3]
            where('v4')
            try:
                raise KeyError(9)
            except Exception as e:
                await Aw(2)
                log('exc_info', repr(sys.exc_info()[1]))
        finally:
            log('loop finally', v1, repr(sys.exc_info()[1]))
            pass
    v7 = await Aw([3])
    log('v7', repr(v7))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    return 'co0 done'
log('== co0')
drive(track(co0()), [('send', 'a')], True)
def g10():
    log('sum', sum(x for x in range(3)))
    where('v12')
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    cnt21 = 0
    def bump():
        nonlocal cnt21
        cnt21 += 1
        where('bump')
        return cnt21
    log('bump', bump(), bump())
    yield 'last'
    return 'g10 done'
log('== g10')
drive(track(g10()), [('send', None), ('throw', LookupError(6)), 'next', ('send', 2), ('throw', RuntimeError(9))], False)
log('end')
