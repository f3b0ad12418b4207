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
    for v1 in range(2):
        try:
            raise StopAsyncIteration(4)
            await Aw([3])
            async for v4 in AIter(1):
                log('v4', v4)
                yield [3]
        finally:
            log('loop finally', v1, repr(sys.exc_info()[1]))
            continue
    yield 'last'
    log('ag0 end')
log('== ag0')
adrive(track(ag0()), ['next', 'next', 'next', ('throw', RuntimeError(2))])
def chain6():
    try:
        try:
            raise TypeError(6)
        except Exception as e1:
            raise RuntimeError(2)
    except Exception as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain6')
try:
    log(chain6())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain7():
    try:
        try:
            raise RuntimeError(7)
        except LookupError as e1:
            raise
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except Exception as e0:
        log('handled', chain(e0))
        where('h0')
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise OSError(5)
    return 'no error'
log('== chain7')
try:
    log(chain7())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g8():
    for v9 in range(1):
        log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g8 done'
def g11():
    try:
        raise KeyError(9)
    except Exception as e:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        yield
        try:
            v19 = yield
            log('v19', repr(v19))
            v20 = yield
            log('v20', repr(v20))
            v21 = yield from track(sub_g8())
            log('v21 from', repr(v21))
            v22 = yield 2
            log('v22', repr(v22))
        finally:
            pass
        log('exc_info', repr(sys.exc_info()[1]))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    return 'g11 done'
log('== g11')
drive(track(g11()), [('send', None), 'next', ('send', 1), 'close', 'next', ('throw', RuntimeError(2))], False)
async def sub_co24():
    where('v25')
    v26 = await Aw((1, 2))
    log('v26', repr(v26))
    return 'sub_co24 done'
async def sub_co27():
    cnt29 = 0
    def bump():
        nonlocal cnt29
        cnt29 += 1
        where('bump')
        return cnt29
    log('bump', bump(), bump())
    try:
        raise ValueError(3)
    except Exception as e:
        log('gx', [x for x in range(2) if where('gxv31') is None], list(where('genv31') for _ in range(1)))
        log('locals', sorted(sys._getframe().f_locals))
        log('exc_info', repr(sys.exc_info()[1]))
    for v33 in range(2):
        try:
            log('locals', sorted(sys._getframe().f_locals))
            await Aw('a')
            async with ACM('v36', False) as v36:
                await Aw(67)
                v38 = await Aw([3])
                log('v38', repr(v38))
        finally:
            log('loop finally', v33, repr(sys.exc_info()[1]))
            continue
    return 'sub_co27 done'
async def co39():
    cnt41 = 0
    def bump():
        nonlocal cnt41
        cnt41 += 1
        where('bump')
        return cnt41
    log('bump', bump(), bump())
    try:
        v43 = await Aw('a')
        log('v43', repr(v43))
    except GeneratorExit as e:
        log('caught', chain(e))
        raise ValueError(5)
    finally:
        log('finally v42')
        await Aw(10)
        v45 = await Aw((1, 2))
        log('v45', repr(v45))
    log('plain', [3])
    log('locals', sorted(sys._getframe().f_locals))
    return 'co39 done'
log('== co39')
drive(track(co39()), ['close', 'close', ('throw', RuntimeError(3)), 'next', 'next'], True)
log('end')
