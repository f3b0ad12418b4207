SHOW = True
async def ag0():
    cnt2 = 0
    def bump():
        nonlocal cnt2
        cnt2 += 1
        where('bump')
        return cnt2
    log('bump', bump(), bump())
    cnt4 = 0
    def bump():
        nonlocal cnt4
        cnt4 += 1
        where('bump')
        return cnt4
    log('bump', bump(), bump())
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), [('send', [3])])
async def ag5():
    log('exc_info', repr(sys.exc_info()[1]))
    yield 2
    yield 'last'
    log('ag5 end')
log('== ag5')
adrive(track(ag5()), ['close', 'close', ('throw', RuntimeError(0)), 'next', ('send', 10), ('send', 2)])
def sub_g8():
    try:
        log('sum', sum(x for x in range(3)))
        yield 'a'
        v12 = yield
        log('v12', repr(v12))
    finally:
        log('finally v9')
    yield 'end'
    return 'sub_g8 done'
def g13():
    try:
        v15 = yield
        log('v15', repr(v15))
    except BaseException as e:
        log('caught', chain(e))
        raise KeyError(6) from e
    finally:
        log('finally v14')
    for v16 in range(2):
        v17 = [
            1,
            1 // 0,
        ]
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        raise StopIteration(1)
    return 'a'
    yield 'last'
    return 'g13 done'
log('== g13')
drive(track(g13()), [('send', 66), ('throw', ValueError(4)), ('send', 2), 'next', 'next'], False)
async def ag23():
    yield (1, 2)
    log('plain', 'a')
    yield 'last'
    log('ag23 end')
log('== ag23')
adrive(track(ag23()), ['close', ('send', 2), 'close', 'next', 'next'])
log('end')
