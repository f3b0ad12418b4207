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
    v1 = yield 2
    log('v1', repr(v1))
    cnt3 = 0
    def bump():
        nonlocal cnt3
        cnt3 += 1
        where('bump')
        return cnt3
    log('bump', bump(), bump())
    yield 'end'
    return 'sub_g0 done'
def sub_g4():
    log('lineno', sys._getframe().f_lineno)
    with CM('v6', False) as v6:
        raise StopIteration(2)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    raise StopIteration(0)
    yield 'end'
    return 'sub_g4 done'
def g15():
    for v16 in range(2):
        try:
            with CM('v17', False) as v17:
                log('lineno', sys._getframe().f_lineno)
                raise ValueError(5)
                v20 = yield from track(sub_g4())
                log('v20 from', repr(v20))
            for v21 in range(2):
                try:
                    v22 = yield
                    log('v22', repr(v22))
                    v23 = yield None
                    log('v23', repr(v23))
                    v24 = yield
                    log('v24', repr(v24))
                finally:
                    log('loop finally', v21, repr(sys.exc_info()[1]))
                    continue
            log('gx', [x for x in range(2) if where('gxv25') is None], list(where('genv25') for _ in range(1)))
            log('lineno', sys._getframe().f_lineno)
        finally:
            log('loop finally', v16, repr(sys.exc_info()[1]))
            pass
    yield 'last'
    return 'g15 done'
log('== g15')
drive(track(g15()), [('send', None), ('throw', KeyError(3)), 'close'], False)
def g27():
    yield
    log('locals', sorted(sys._getframe().f_locals))
    for v30 in range(1):
        raise KeyError(0)
        return 2
    for v33 in range(2):
        try:
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
        finally:
            log('loop finally', v33, repr(sys.exc_info()[1]))
            break
    yield 'last'
    return 'g27 done'
log('== g27')
drive(track(g27()), [('throw', KeyError), 'next'], False)
def sub_g36():
    raise ValueError(0)
    yield
    raise StopIteration(3)
    yield 'end'
    return 'sub_g36 done'
def g40():
    log('lineno', sys._getframe().f_lineno)
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    v44 = yield from track(sub_g36())
    log('v44 from', repr(v44))
    v45 = yield 2
    log('v45', repr(v45))
    yield 'last'
    return 'g40 done'
log('== g40')
drive(track(g40()), [('send', [3]), ('throw', TypeError(0)), ('throw', RuntimeError(9)), ('throw', RuntimeError(2))], False)
async def sub_co46():
    await Aw('a')
    with CM('v48', False) as v48:
        log('gx', [x for x in range(2) if where('gxv49') is None], list(where('genv49') for _ in range(1)))
    return 'sub_co46 done'
async def co50():
    v51 = await track(sub_co46())
    log('v51 awaited', repr(v51))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    try:
        raise OSError(8)
    except Exception as e:
        log('gx', [x for x in range(2) if where('gxv67') is None], list(where('genv67') for _ in range(1)))
        for v68 in range(2):
            try:
                await Aw((1, 2))
                return [3]
                v71 = await track(sub_co46())
                log('v71 awaited', repr(v71))
            finally:
                log('loop finally', v68, repr(sys.exc_info()[1]))
                pass
        log('lineno', sys._getframe().f_lineno)
        await Aw(None)
        log('exc_info', repr(sys.exc_info()[1]))
    cnt75 = 0
    def bump():
        nonlocal cnt75
        cnt75 += 1
        where('bump')
        return cnt75
    log('bump', bump(), bump())
    return 'co50 done'
log('== co50')
drive(track(co50()), ['next'], True)
log('end')
