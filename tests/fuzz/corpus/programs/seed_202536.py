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
async def sub_co0():
    async for v1 in AIter(0):
        log('v1', v1)
        where('v2')
        with CM('v3', True) as v3:
            await Aw(1)
            v5 = await Aw([3])
            log('v5', repr(v5))
            await Aw([3])
    cnt8 = 0
    def bump():
        nonlocal cnt8
        cnt8 += 1
        where('bump')
        return cnt8
    log('bump', bump(), bump())
    return 'sub_co0 done'
async def sub_co9():
    log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co9 done'
async def co11():
    try:
        raise OSError(2)
    except Exception as e:
        log('exc_info', repr(sys.exc_info()[1]))
        try:
            await Aw(2)
            where('v16')
            log('plain', 13)
            raise KeyError(4)
        finally:
            log('finally v14')
        log('exc_info', repr(sys.exc_info()[1]))
    where('v19')
    async with ACM('v20', True) as v20:
        v21 = await Aw(None)
        log('v21', repr(v21))
        cnt23 = 0
        def bump():
            nonlocal cnt23
            cnt23 += 1
            where('bump')
            return cnt23
        log('bump', bump(), bump())
    try:
        try:
            raise RuntimeError(2)
        except Exception as e:
            v26 = await Aw((1, 2))
            log('v26', repr(v26))
            log('exc_info', repr(sys.exc_info()[1]))
        try:
            raise KeyError(2)
        except Exception as e:
            v28 = await Aw(None)
            log('v28', repr(v28))
            v29 = await Aw(None)
            log('v29', repr(v29))
            log('plain', 'a')
            log('exc_info', repr(sys.exc_info()[1]))
        log('lineno', sys._getframe().f_lineno)
    except BaseException as e:
        log('caught', chain(e))
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        try:
            v37 = await Aw(None)
            log('v37', repr(v37))
        finally:
            pass
    return 'co11 done'
log('== co11')
drive(track(co11()), ['next', 'close', 'next'], True)
def sub_g38():
    raise StopIteration(1)
    cnt41 = 0
    def bump():
        nonlocal cnt41
        cnt41 += 1
        where('bump')
        return cnt41
    log('bump', bump(), bump())
    yield 'end'
    return 'sub_g38 done'
def sub_g42():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'end'
    return 'sub_g42 done'
def g50():
    yield None
    yield 'last'
    return 'g50 done'
log('== g50')
drive(track(g50()), ['close', ('throw', ValueError(8)), 'next'], False)
def g52():
    with CM('v53', True) as v53:
        yield (1, 2)
        raise StopIteration(1)
        yield 2
        for v57 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v57, repr(sys.exc_info()[1]))
                pass
    log('locals', sorted(sys._getframe().f_locals))
    yield [3]
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    return 'g52 done'
log('== g52')
drive(track(g52()), ['next'], False)
def g62():
    cnt64 = 0
    def bump():
        nonlocal cnt64
        cnt64 += 1
        where('bump')
        return cnt64
    log('bump', bump(), bump())
    raise StopIteration(3)
    yield 'last'
    return 'g62 done'
log('== g62')
drive(track(g62()), ['next', 'close'], False)
log('end')
