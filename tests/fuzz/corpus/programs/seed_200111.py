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
    async with ACM('v1', True) as v1:
        try:
            log('lineno', sys._getframe().f_lineno)
        except TypeError as e:
            log('caught', chain(e))
            await Aw('a')
        finally:
            log('finally v2')
    try:
        async with ACM('v6', True) as v6:
            v7 = yield
            log('v7', repr(v7))
        async with ACM('v8', True) as v8:
            yield [3]
            v10 = yield
            log('v10', repr(v10))
            log('lineno', sys._getframe().f_lineno)
            yield 1
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    finally:
        pass
    yield 1
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), ['next', 'close'])
def sub_g19():
    log('gx', [x for x in range(2) if where('gxv20') is None], list(where('genv20') for _ in range(1)))
    yield 'end'
    return 'sub_g19 done'
def g21():
    try:
        raise KeyError(4)
    except Exception as e:
        for v23 in range(2):
            try:
                v24 = yield from track(sub_g19())
                log('v24 from', repr(v24))
            finally:
                log('loop finally', v23, repr(sys.exc_info()[1]))
                break
        log('gx', [x for x in range(2) if where('gxv25') is None], list(where('genv25') for _ in range(1)))
        try:
            raise LookupError(5)
        except Exception as e:
            v27 = yield
            log('v27', repr(v27))
            where('v28')
            v29 = yield from track(sub_g19())
            log('v29 from', repr(v29))
            yield 1
            log('exc_info', repr(sys.exc_info()[1]))
        for v31 in range(0):
            v32 = yield from track(sub_g19())
            log('v32 from', repr(v32))
            log('lineno', sys._getframe().f_lineno)
            v34 = yield 12
            log('v34', repr(v34))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g21 done'
log('== g21')
drive(track(g21()), [('send', None), 'next', 'next', 'next'], False)
async def ag35():
    with CM('v36', False) as v36:
        try:
            raise ValueError(9)
        except Exception as e:
            where('v38')
            log('exc_info', repr(sys.exc_info()[1]))
        v39 = yield 2
        log('v39', repr(v39))
        async for v40 in AIter(1):
            log('v40', v40)
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
            v43 = await Aw(1)
            log('v43', repr(v43))
    yield 'last'
    log('ag35 end')
log('== ag35')
adrive(track(ag35()), [('throw', LookupError(1)), 'next', 'next', ('send', 1), ('throw', KeyError), ('send', 61)])
def chain44():
    try:
        try:
            try:
                raise TypeError(3)
            except Exception as e2:
                raise ValueError(2) from None
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except LookupError as e1:
            log('handled', chain(e1))
            where('h1')
    except Exception as e0:
        log('handled', chain(e0))
        where('h0')
    return 'no error'
log('== chain44')
try:
    log(chain44())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g45():
    with CM('v46', False) as v46:
        log('gx', [x for x in range(2) if where('gxv47') is None], list(where('genv47') for _ in range(1)))
    log('gx', [x for x in range(2) if where('gxv48') is None], list(where('genv48') for _ in range(1)))
    v49 = yield
    log('v49', repr(v49))
    yield 'end'
    return 'sub_g45 done'
def g50():
    for v51 in range(2):
        raise StopIteration(4)
        raise StopIteration(2)
    v54 = yield
    log('v54', repr(v54))
    v55 = yield from track(sub_g45())
    log('v55 from', repr(v55))
    yield
    yield 'last'
    return 'g50 done'
log('== g50')
drive(track(g50()), [('throw', OSError(3)), 'next', 'next', 'next'], False)
log('end')
