import sys
import traceback
def log(*a):
    print(*a)
def show(e):
    # The whole report: chained exceptions, source lines and 3.11's carets.
    for chunk in traceback.format_exception(e):
        log(chunk.rstrip())
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
            if SHOW:
                show(e)
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
SHOW = False
def sub_g0():
    yield 1
    yield 'end'
    return 'sub_g0 done'
def g2():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    v13 = yield from track(sub_g0())
    log('v13 from', repr(v13))
    cnt15 = 0
    def bump():
        nonlocal cnt15
        cnt15 += 1
        where('bump')
        return cnt15
    log('bump', bump(), bump())
    raise StopIteration(1)
    yield 'last'
    return 'g2 done'
log('== g2')
drive(track(g2()), [('send', 77), 'next', 'next', 'next', ('send', [3]), 'next'], False)
def g17():
    log('sum', sum(x for x in range(3)))
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    return 'g17 done'
log('== g17')
drive(track(g17()), ['next', ('throw', KeyError)], False)
def g20():
    log('sum', sum(x for x in range(3)))
    yield 'last'
    return 'g20 done'
log('== g20')
drive(track(g20()), [('throw', RuntimeError(1)), ('throw', TypeError(5)), 'next', 'next'], False)
async def sub_co22():
    async with ACM('v23', False) as v23:
        async for v24 in AIter(0):
            log('v24', v24)
            where('v25')
            v26 = await Aw([3])
            log('v26', repr(v26))
        for v27 in range(2):
            try:
                await Aw((1, 2))
                return 1
                await Aw(2)
            finally:
                log('loop finally', v27, repr(sys.exc_info()[1]))
                break
        log('locals', sorted(sys._getframe().f_locals))
        for v32 in range(0):
            v33 = await Aw(2)
            log('v33', repr(v33))
    for v34 in range(0):
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        async with ACM('v39', True) as v39:
            await Aw('a')
            v41 = await Aw((1, 2))
            log('v41', repr(v41))
            where('v42')
            raise KeyError(1)
        await Aw(2)
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    log('lineno', sys._getframe().f_lineno)
    return 'sub_co22 done'
async def co48():
    v49 = await Aw(1)
    log('v49', repr(v49))
    return 'co48 done'
log('== co48')
drive(track(co48()), [('throw', KeyError), ('send', 'a'), ('throw', RuntimeError(3)), ('send', [3]), ('throw', TypeError(5)), ('throw', RuntimeError(8))], True)
async def sub_co50():
    v51 = await Aw((1, 2))
    log('v51', repr(v51))
    return 'sub_co50 done'
async def co52():
    return 1
    return 'co52 done'
log('== co52')
drive(track(co52()), ['next', ('throw', TypeError(4)), ('send', 1), 'next'], True)
def sub_g54():
    cnt56 = 0
    def bump():
        nonlocal cnt56
        cnt56 += 1
        where('bump')
        return cnt56
    log('bump', bump(), bump())
    with CM('v57', True) as v57:
        try:
            raise LookupError(4)
        except Exception as e:
            v59 = yield 'a'
            log('v59', repr(v59))
            log('plain', 83)
            v61 = yield
            log('v61', repr(v61))
            log('exc_info', repr(sys.exc_info()[1]))
        raise StopIteration(2)
    v63 = yield 44
    log('v63', repr(v63))
    yield 'end'
    return 'sub_g54 done'
def sub_g64():
    try:
        yield
    except GeneratorExit as e:
        log('caught', chain(e))
        raise KeyError(6)
    v67 = yield [3]
    log('v67', repr(v67))
    yield 'end'
    return 'sub_g64 done'
def g68():
    log('lineno', sys._getframe().f_lineno)
    v70 = yield
    log('v70', repr(v70))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'last'
    return 'g68 done'
log('== g68')
drive(track(g68()), ['next', ('send', 2), 'next', 'next', ('send', 2)], False)
log('end')
