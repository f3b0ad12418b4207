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
def sub_g0():
    log('gx', [x for x in range(2) if where('gxv1') is None], list(where('genv1') for _ in range(1)))
    yield 'a'
    yield 'end'
    return 'sub_g0 done'
def sub_g3():
    try:
        raise RuntimeError(0)
    except Exception as e:
        for v5 in range(2):
            try:
                where('v6')
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v5, repr(sys.exc_info()[1]))
                continue
        log('gx', [x for x in range(2) if where('gxv8') is None], list(where('genv8') for _ in range(1)))
        where('v9')
        log('locals', sorted(sys._getframe().f_locals))
        log('exc_info', repr(sys.exc_info()[1]))
    raise StopIteration(3)
    yield 'end'
    return 'sub_g3 done'
def g12():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    raise StopIteration(0)
    with CM('v17', True) as v17:
        log('exc_info', repr(sys.exc_info()[1]))
        try:
            raise OSError(3)
        except Exception as e:
            v20 = yield 2
            log('v20', repr(v20))
            log('exc_info', repr(sys.exc_info()[1]))
        log('gx', [x for x in range(2) if where('gxv21') is None], list(where('genv21') for _ in range(1)))
    yield 'last'
    return 'g12 done'
log('== g12')
drive(track(g12()), [('send', 1), 'close', ('send', [3]), ('throw', KeyError(0))], False)
def g22():
    where('v23')
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'last'
    return 'g22 done'
log('== g22')
drive(track(g22()), ['next', ('throw', RuntimeError(6)), ('throw', ValueError(9)), ('throw', ValueError(7))], False)
async def ag26():
    try:
        raise LookupError(0)
    except Exception as e:
        with CM('v28', False) as v28:
            raise ValueError(0)
            v30 = yield 2
            log('v30', repr(v30))
            log('lineno', sys._getframe().f_lineno)
        for v32 in range(2):
            try:
                yield
            finally:
                log('loop finally', v32, repr(sys.exc_info()[1]))
                pass
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag26 end')
log('== ag26')
adrive(track(ag26()), ['next', ('throw', TypeError), 'next', 'next', 'next', ('send', 66)])
async def co34():
    raise ValueError(6)
    for v36 in range(2):
        cnt38 = 0
        def bump():
            nonlocal cnt38
            cnt38 += 1
            where('bump')
            return cnt38
        log('bump', bump(), bump())
    v39 = await Aw(None)
    log('v39', repr(v39))
    return 'co34 done'
log('== co34')
drive(track(co34()), [('throw', RuntimeError(6)), 'next', 'close', ('throw', RuntimeError(6)), ('throw', ValueError(0))], True)
async def ag40():
    v41 = yield 1
    log('v41', repr(v41))
    raise KeyError(6)
    for v43 in range(2):
        try:
            where('v45')
            yield
        except OSError as e:
            log('caught', chain(e))
            raise
    yield
    yield 'last'
    log('ag40 end')
log('== ag40')
adrive(track(ag40()), [('throw', TypeError(0)), 'next'])
async def ag48():
    with CM('v49', False) as v49:
        async with ACM('v50', True) as v50:
            v51 = await Aw('a')
            log('v51', repr(v51))
    yield (1, 2)
    async for v53 in AIter(0):
        log('v53', v53)
        log('lineno', sys._getframe().f_lineno)
        v55 = await Aw(2)
        log('v55', repr(v55))
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag48 end')
log('== ag48')
adrive(track(ag48()), ['next'])
log('end')
