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
    where('v1')
    v2 = await Aw([3])
    log('v2', repr(v2))
    cnt4 = 0
    def bump():
        nonlocal cnt4
        cnt4 += 1
        where('bump')
        return cnt4
    log('bump', bump(), bump())
    for v5 in range(2):
        try:
            raise TypeError(4)
        finally:
            log('loop finally', v5, repr(sys.exc_info()[1]))
            break
    return 'sub_co0 done'
async def sub_co7():
    async with ACM('v8', False) as v8:
        raise ValueError(7)
        log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co7 done'
async def co11():
    log('locals', sorted(sys._getframe().f_locals))
    await Aw([3])
    return 'co11 done'
log('== co11')
drive(track(co11()), [('send', [3]), 'close', 'close', 'next', ('send', (1, 2))], True)
def sub_g14():
    with CM('v15', True) as v15:
        try:
            raise RuntimeError(8)
        except Exception as e:
            yield
            log('lineno', sys._getframe().f_lineno)
            v19 = yield
            log('v19', repr(v19))
            log('exc_info', repr(sys.exc_info()[1]))
        raise StopIteration(1)
    return (1, 2)
    for v22 in range(2):
        try:
            yield None
            v24 = yield 1
            log('v24', repr(v24))
            log('gx', [x for x in range(2) if where('gxv25') is None], list(where('genv25') for _ in range(1)))
        finally:
            log('loop finally', v22, repr(sys.exc_info()[1]))
            break
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g14 done'
def sub_g27():
    with CM('v28', True) as v28:
        for v29 in range(2):
            try:
                log('lineno', sys._getframe().f_lineno)
                v31 = yield
                log('v31', repr(v31))
                v32 = yield from track(sub_g14())
                log('v32 from', repr(v32))
                log('plain', (1, 2))
            finally:
                log('loop finally', v29, repr(sys.exc_info()[1]))
                break
        for v34 in range(0):
            log('lineno', sys._getframe().f_lineno)
            v36 = yield
            log('v36', repr(v36))
    log('sum', sum(x for x in range(3)))
    for v38 in range(2):
        try:
            cnt40 = 0
            def bump():
                nonlocal cnt40
                cnt40 += 1
                where('bump')
                return cnt40
            log('bump', bump(), bump())
            yield
            yield [3]
        finally:
            log('loop finally', v38, repr(sys.exc_info()[1]))
            pass
    yield None
    yield 'end'
    return 'sub_g27 done'
def g44():
    yield
    raise StopIteration(2)
    for v47 in range(1):
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    return 'g44 done'
log('== g44')
drive(track(g44()), [('throw', TypeError(2)), 'next', ('throw', OSError(7)), 'next'], False)
async def sub_co54():
    cnt56 = 0
    def bump():
        nonlocal cnt56
        cnt56 += 1
        where('bump')
        return cnt56
    log('bump', bump(), bump())
    try:
        raise RuntimeError(0)
    except Exception as e:
        await Aw('a')
        v59 = await Aw((1, 2))
        log('v59', repr(v59))
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        with CM('v62', True) as v62:
            v63 = await Aw(43)
            log('v63', repr(v63))
            await Aw(63)
            v65 = await Aw((1, 2))
            log('v65', repr(v65))
        log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co54 done'
async def co66():
    async with ACM('v67', False) as v67:
        cnt69 = 0
        def bump():
            nonlocal cnt69
            cnt69 += 1
            where('bump')
            return cnt69
        log('bump', bump(), bump())
        await Aw([3])
        v71 = await track(sub_co54())
        log('v71 awaited', repr(v71))
    where('v72')
    log('locals', sorted(sys._getframe().f_locals))
    return 'co66 done'
log('== co66')
drive(track(co66()), [('throw', OSError(2)), 'next', 'close', 'close'], True)
def sub_g74():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    v82 = yield 'a'
    log('v82', repr(v82))
    return 'a'
    yield 'end'
    return 'sub_g74 done'
def sub_g84():
    cnt86 = 0
    def bump():
        nonlocal cnt86
        cnt86 += 1
        where('bump')
        return cnt86
    log('bump', bump(), bump())
    log('locals', sorted(sys._getframe().f_locals))
    for v88 in range(2):
        with CM('v89', False) as v89:
            v90 = yield from track(sub_g74())
            log('v90 from', repr(v90))
            log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g84 done'
def g92():
    for v93 in range(1):
        with CM('v94', False) as v94:
            raise TypeError(5)
        where('v96')
    raise StopIteration(3)
    log('plain', None)
    yield 'last'
    return 'g92 done'
log('== g92')
drive(track(g92()), ['close', 'next', 'next', 'next', 'close', ('send', [3])], False)
log('end')
