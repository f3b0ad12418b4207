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
        raise RuntimeError(7)
    except BaseException as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co1():
    try:
        async for v3 in AIter(2):
            log('v3', v3)
            raise LookupError(2)
            v5 = await Aw(None)
            log('v5', repr(v5))
            v6 = await Aw(2)
            log('v6', repr(v6))
            where('v7')
        log('locals', sorted(sys._getframe().f_locals))
    except Exception as e:
        log('caught', chain(e))
        raise LookupError(6)
    finally:
        log('finally v2')
    log('exc_info', repr(sys.exc_info()[1]))
    log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co1 done'
async def co11():
    for v12 in range(1):
        raise TypeError(8)
        where('v14')
        return 1
        try:
            where('v17')
            log('lineno', sys._getframe().f_lineno)
            v19 = await track(sub_co1())
            log('v19 awaited', repr(v19))
        finally:
            pass
    return 'co11 done'
log('== co11')
drive(track(co11()), [('throw', KeyError(5)), 'next', ('throw', ValueError(0)), ('throw', KeyError(9))], True)
def chain20():
    try:
        raise TypeError(8)
    except Exception as e0:
        raise RuntimeError(9) from e0
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain20')
try:
    log(chain20())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g21():
    yield
    yield 2
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    try:
        raise TypeError(3)
    except Exception as e:
        where('v28')
        where('v29')
        v30 = yield
        log('v30', repr(v30))
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g21 done'
def g31():
    cnt33 = 0
    def bump():
        nonlocal cnt33
        cnt33 += 1
        where('bump')
        return cnt33
    log('bump', bump(), bump())
    yield 'last'
    return 'g31 done'
log('== g31')
drive(track(g31()), ['close', ('throw', OSError(2)), ('send', None)], False)
def sub_g34():
    try:
        raise OSError(9)
    except Exception as e:
        cnt37 = 0
        def bump():
            nonlocal cnt37
            cnt37 += 1
            where('bump')
            return cnt37
        log('bump', bump(), bump())
        log('lineno', sys._getframe().f_lineno)
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g34 done'
def sub_g39():
    log('locals', sorted(sys._getframe().f_locals))
    yield 'end'
    return 'sub_g39 done'
def g41():
    yield 36
    log('locals', sorted(sys._getframe().f_locals))
    yield 'last'
    return 'g41 done'
log('== g41')
drive(track(g41()), [('send', 'a'), ('send', 2)], False)
async def ag44():
    log('gx', [x for x in range(2) if where('gxv45') is None], list(where('genv45') for _ in range(1)))
    for v46 in range(0):
        await Aw((1, 2))
    raise OSError(6)
    yield 'last'
    log('ag44 end')
log('== ag44')
adrive(track(ag44()), [('send', 'a'), ('throw', LookupError(0)), ('send', 8)])
log('end')
