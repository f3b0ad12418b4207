SHOW = False
def chain0():
    try:
        try:
            raise TypeError(9)
        except Exception as e1:
            raise ValueError(7) from None
    except LookupError as e0:
        raise KeyError(8) from e0
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain1():
    try:
        raise ValueError(6)
    except ValueError as e0:
        raise LookupError(1) from None
    return 'no error'
log('== chain1')
try:
    log(chain1())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def ag2():
    where('v3')
    log('lineno', sys._getframe().f_lineno)
    async with ACM('v5', False) as v5:
        with CM('v6', True) as v6:
            v7 = yield [3]
            log('v7', repr(v7))
            where('v8')
        log('gx', [x for x in range(2) if where('gxv9') is None], list(where('genv9') for _ in range(1)))
        log('lineno', sys._getframe().f_lineno)
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    log('ag2 end')
log('== ag2')
adrive(track(ag2()), ['next', ('throw', LookupError(1)), ('throw', ValueError), 'close', 'next'])
log('end')
