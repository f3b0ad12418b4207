SHOW = True
async def ag0():
    with CM('v1', False) as v1:
        v2 = yield
        log('v2', repr(v2))
        log('lineno', sys._getframe().f_lineno)
        raise ValueError(
            3,
        )
        log('locals', sorted(sys._getframe().f_locals))
    log('locals', sorted(sys._getframe().f_locals))
    try:
        raise KeyError(5)
    except Exception as e:
        where('v8')
        class Kv9:
            where('class')
            def m(self):
                where('method')
                return sys._getframe().f_code.co_qualname
        log(Kv9().m())
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), ['next', 'next', ('throw', KeyError(1)), 'next'])
def g10():
    try:
        raise LookupError(7)
    except Exception as e:
        v12 = (
            yield 2
        )
        log('v12', v12)
        raise StopIteration(4)
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g10 done'
log('== g10')
drive(track(g10()), [('send', None), 'next', 'next', 'next', ('throw', RuntimeError(6)), 'next'], False)
log('end')
