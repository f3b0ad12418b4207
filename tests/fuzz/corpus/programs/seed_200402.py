import sys
def log(*a):
    print(*a)
def chain(e):
    out = []
    for _ in range(6):
        if e is None:
            break
        out.append(type(e).__name__ + repr(e.args))
        if e.__cause__ is not None:
            out.append('cause')
            e = e.__cause__
        elif e.__context__ is not None and not e.__suppress_context__:
            out.append('context')
            e = e.__context__
        else:
            e = None
    return ' '.join(out)
def tbl(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append('%s:%d' % (tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return ' '.join(out)
class ACM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        log('aenter', self.name, await Aw('ae'))
        return self.name
    async def __aexit__(self, t, v, tb):
        log('aexit', self.name, t.__name__ if t else None, await Aw('ax'))
        return self.swallow
class AIter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return await Aw(self.n)
def where(tag):
    f = sys._getframe(1)
    b = f.f_back
    log('frame', tag, f.f_code.co_qualname, f.f_lineno, b.f_code.co_name if b else None,
        b.f_lineno if b else None)
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        log('enter', self.name)
        return self.name
    def __exit__(self, t, v, tb):
        log('exit', self.name, t.__name__ if t else None)
        return self.swallow
class Aw:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        x = yield self.v
        log('aw resumed', repr(x))
        return x
def drive(g, ops, coro=False):
    for op in ops:
        try:
            if op == 'next':
                r = g.send(None) if coro else next(g)
            elif op == 'close':
                r = g.close()
            elif op[0] == 'send':
                r = g.send(op[1])
            else:
                r = g.throw(op[1])
            log('got', repr(r))
        except StopIteration as e:
            log('stop', repr(e.value))
        except BaseException as e:
            log('raised', chain(e), tbl(e))
    fr = g.cr_frame if coro else g.gi_frame
    yf = g.cr_await if coro else g.gi_yieldfrom
    log('state', fr is None or fr.f_lineno, type(yf).__name__)
    cleanup()
def step(aw):
    # Runs the awaitable to its end (every send advances the program, so this ends).
    while True:
        try:
            r = aw.send(None)
            log('  awaiting', repr(r))
        except StopIteration as e:
            log('  yielded', repr(e.value))
            return
        except StopAsyncIteration:
            log('  exhausted')
            return
        except BaseException as e:
            log('  raised', chain(e), tbl(e))
            return
def adrive(ag, ops):
    for op in ops:
        if op == 'next':
            aw = ag.__anext__()
        elif op == 'close':
            aw = ag.aclose()
        elif op[0] == 'send':
            aw = ag.asend(op[1])
        else:
            aw = ag.athrow(op[1])
        log('op', op if isinstance(op, str) else op[0])
        step(aw)
    cleanup()
# Every generator, coroutine and async generator made is kept here (for the whole run) and
# closed at the end of its scenario (repeatedly, if it ignores GeneratorExit), so that no
# finalizer runs at a moment that depends on reference counting.
LIVE = []
def track(g):
    LIVE.append(g)
    return g
def cleanup():
    for _ in range(8):
        alive = False
        for g in LIVE:
            fr = getattr(g, 'gi_frame', None) or getattr(g, 'cr_frame', None) or getattr(g, 'ag_frame', None)
            if fr is None:
                continue
            alive = True
            if hasattr(g, 'ag_frame'):
                step(g.aclose())
                continue
            try:
                g.close()
            except BaseException as e:
                log('close raised', chain(e))
        if not alive:
            break
async def ag0():
    where('v1')
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), [('send', None), ('throw', ValueError(0)), ('send', [3]), 'next'])
async def sub_co2():
    try:
        raise OSError(4)
    except Exception as e:
        v4 = await Aw(2)
        log('v4', repr(v4))
        log('exc_info', repr(sys.exc_info()[1]))
    raise RuntimeError(4)
    async with ACM('v6', False) as v6:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        async for v9 in AIter(1):
            log('v9', v9)
            log('lineno', sys._getframe().f_lineno)
            v11 = await Aw(0)
            log('v11', repr(v11))
        log('gx', [x for x in range(2) if where('gxv12') is None], list(where('genv12') for _ in range(1)))
        cnt14 = 0
        def bump():
            nonlocal cnt14
            cnt14 += 1
            where('bump')
            return cnt14
        log('bump', bump(), bump())
    return 'sub_co2 done'
async def co15():
    log('plain', 2)
    log('plain', 2)
    return 'co15 done'
log('== co15')
drive(track(co15()), [('throw', LookupError(8)), ('throw', ValueError), 'close', ('send', (1, 2)), 'next'], True)
def g18():
    raise StopIteration(3)
    log('lineno', sys._getframe().f_lineno)
    try:
        yield 'a'
        log('sum', sum(x for x in range(3)))
        log('lineno', sys._getframe().f_lineno)
        raise KeyError(3)
    except KeyError as e:
        log('caught', chain(e))
        raise TypeError(4)
    yield 'last'
    return 'g18 done'
log('== g18')
drive(track(g18()), [('send', None), ('send', None), 'next', 'next', ('throw', RuntimeError(3)), 'next'], False)
async def ag26():
    for v27 in range(0):
        where('v28')
        log('locals', sorted(sys._getframe().f_locals))
        try:
            yield [3]
            yield 'a'
            v33 = yield
            log('v33', repr(v33))
        except BaseException as e:
            log('caught', chain(e))
            raise TypeError(2) from e
    try:
        raise ValueError(6)
    except Exception as e:
        with CM('v35', True) as v35:
            log('lineno', sys._getframe().f_lineno)
            await Aw('a')
            raise TypeError(3)
        v39 = yield [3]
        log('v39', repr(v39))
        where('v40')
        log('exc_info', repr(sys.exc_info()[1]))
    for v41 in range(2):
        log('lineno', sys._getframe().f_lineno)
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag26 end')
log('== ag26')
adrive(track(ag26()), [('throw', TypeError(6)), 'next', 'next', 'next', ('send', None)])
def chain44():
    try:
        raise KeyError(1)
    except BaseException as e0:
        raise OSError(8) from e0
    return 'no error'
log('== chain44')
try:
    log(chain44())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
