SHOW = False
async def ag0():
    log('lineno', sys._getframe().f_lineno)
    raise StopAsyncIteration(1)
    where('v3')
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), [('throw', KeyError(2)), ('send', [3]), ('throw', ValueError(0))])
def g4():
    class Kv5:
        where('class')
        def m(self):
            where('method')
            return sys._getframe().f_code.co_qualname
    log(Kv5().m())
    yield 'last'
    return 'g4 done'
log('== g4')
drive(track(g4()), ['next', ('send', [3]), 'next', 'close'], False)
async def ag6():
    where('v7')
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    log('ag6 end')
log('== ag6')
adrive(track(ag6()), [('throw', LookupError(0)), 'next', 'next', 'next', ('send', 79), ('send', 2)])
def g9():
    log('plain', 2)
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g9 done'
log('== g9')
drive(track(g9()), [('send', (1, 2))], False)
async def co12():
    log('exc_info', repr(sys.exc_info()[1]))
    try:
        for v15 in range(2):
            try:
                raise OSError(4)
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v15, repr(sys.exc_info()[1]))
                break
        for v18 in range(2):
            log('lineno', sys._getframe().f_lineno)
            await Aw(None)
        class Kv21:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv21().m())
        async with ACM('v22', False) as v22:
            v23 = await Aw('a')
            log('v23', repr(v23))
            v24 = await Aw(None)
            log('v24', repr(v24))
    finally:
        log('finally v14')
    for v25 in range(2):
        await Aw([3])
        where('v27')
    v28 = await Aw(2)
    log('v28', repr(v28))
    return 'co12 done'
log('== co12')
drive(track(co12()), [('send', None), ('throw', RuntimeError(9)), 'next', 'next', ('send', (1, 2)), 'next'], True)
log('end')
