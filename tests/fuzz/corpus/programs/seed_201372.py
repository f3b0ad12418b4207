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
def chain0():
    try:
        raise LookupError(8)
    except LookupError as e0:
        raise LookupError(6) from e0
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co1():
    v2 = await Aw(24)
    log('v2', repr(v2))
    log('locals', sorted(sys._getframe().f_locals))
    try:
        with CM('v5', False) as v5:
            v6 = await Aw(1)
            log('v6', repr(v6))
            where('v7')
            raise OSError(1)
            await Aw('a')
        async for v10 in AIter(2):
            log('v10', v10)
            return [3]
            v12 = await Aw(None)
            log('v12', repr(v12))
            where('v13')
        log('plain', (1, 2))
    finally:
        pass
    return 'sub_co1 done'
async def sub_co15():
    log('gx', [x for x in range(2) if where('gxv16') is None], list(where('genv16') for _ in range(1)))
    return 'sub_co15 done'
async def co17():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    return 'co17 done'
log('== co17')
drive(track(co17()), [('throw', LookupError(1)), ('throw', TypeError(3)), ('send', 32), 'close', 'next', 'next'], True)
async def ag23():
    async for v24 in AIter(2):
        log('v24', v24)
        for v25 in range(2):
            try:
                log('plain', 0)
                raise TypeError(8)
                log('plain', 1)
                yield
            finally:
                log('loop finally', v25, repr(sys.exc_info()[1]))
                pass
        v30 = await Aw(80)
        log('v30', repr(v30))
        cnt32 = 0
        def bump():
            nonlocal cnt32
            cnt32 += 1
            where('bump')
            return cnt32
        log('bump', bump(), bump())
        log('locals', sorted(sys._getframe().f_locals))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    async for v36 in AIter(2):
        log('v36', v36)
        log('locals', sorted(sys._getframe().f_locals))
        with CM('v38', False) as v38:
            v39 = yield
            log('v39', repr(v39))
            raise LookupError(6)
            log('plain', 2)
        async for v42 in AIter(0):
            log('v42', v42)
            v43 = await Aw(1)
            log('v43', repr(v43))
            where('v44')
            log('lineno', sys._getframe().f_lineno)
            yield 1
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'last'
    log('ag23 end')
log('== ag23')
adrive(track(ag23()), [('send', 1), ('throw', ValueError), 'next', ('send', [3]), ('send', [3])])
def g49():
    yield
    log('lineno', sys._getframe().f_lineno)
    for v52 in range(2):
        try:
            where('v53')
            raise ValueError(7)
        finally:
            log('loop finally', v52, repr(sys.exc_info()[1]))
            break
    log('plain', [3])
    yield 'last'
    return 'g49 done'
log('== g49')
drive(track(g49()), ['close', 'next', 'next', 'next', 'close'], False)
log('end')
