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
    for v1 in range(2):
        try:
            with CM('v2', False) as v2:
                v3 = yield
                log('v3', repr(v3))
                log('plain', 'a')
                log('lineno', sys._getframe().f_lineno)
                yield
            for v7 in range(1):
                log('plain', 2)
        finally:
            log('loop finally', v1, repr(sys.exc_info()[1]))
            continue
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g0 done'
def sub_g10():
    for v11 in range(2):
        try:
            where('v12')
        finally:
            log('loop finally', v11, repr(sys.exc_info()[1]))
            pass
    try:
        raise RuntimeError(2)
    except Exception as e:
        log('exc_info', repr(sys.exc_info()[1]))
        v15 = yield
        log('v15', repr(v15))
        log('exc_info', repr(sys.exc_info()[1]))
        log('gx', [x for x in range(2) if where('gxv17') is None], list(where('genv17') for _ in range(1)))
        log('exc_info', repr(sys.exc_info()[1]))
    log('plain', 'a')
    yield 'end'
    return 'sub_g10 done'
def g19():
    with CM('v20', False) as v20:
        v21 = yield 2
        log('v21', repr(v21))
        raise ValueError(6)
        v23 = yield
        log('v23', repr(v23))
        yield 2
    raise StopIteration(2)
    for v26 in range(2):
        try:
            try:
                v28 = yield from track(sub_g0())
                log('v28 from', repr(v28))
                v29 = yield None
                log('v29', repr(v29))
                yield 19
            except Exception as e:
                log('caught', chain(e))
                raise
        finally:
            log('loop finally', v26, repr(sys.exc_info()[1]))
            break
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'last'
    return 'g19 done'
log('== g19')
drive(track(g19()), [('throw', OSError(3)), ('send', [3]), ('send', 1), ('throw', ValueError)], False)
async def sub_co34():
    try:
        raise KeyError(0)
    except Exception as e:
        log('locals', sorted(sys._getframe().f_locals))
        log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co34 done'
async def sub_co37():
    await Aw('a')
    async with ACM('v39', True) as v39:
        cnt41 = 0
        def bump():
            nonlocal cnt41
            cnt41 += 1
            where('bump')
            return cnt41
        log('bump', bump(), bump())
    return 'sub_co37 done'
async def co42():
    log('exc_info', repr(sys.exc_info()[1]))
    for v44 in range(2):
        try:
            await Aw(None)
        finally:
            log('loop finally', v44, repr(sys.exc_info()[1]))
            break
    return 'co42 done'
log('== co42')
drive(track(co42()), [('throw', RuntimeError(5)), 'next'], True)
def chain46():
    try:
        try:
            try:
                raise TypeError(8)
            except ValueError as e2:
                log('handled', chain(e2))
                where('h2')
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except LookupError as e1:
            raise
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except BaseException as e0:
        raise LookupError(5)
    return 'no error'
log('== chain46')
try:
    log(chain46())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def g47():
    for v48 in range(2):
        try:
            raise StopIteration(4)
            log('locals', sorted(sys._getframe().f_locals))
            where('v51')
        finally:
            log('loop finally', v48, repr(sys.exc_info()[1]))
            break
    yield 'last'
    return 'g47 done'
log('== g47')
drive(track(g47()), [('send', None), 'next', 'next', ('throw', OSError(0)), 'next', 'next'], False)
def chain52():
    try:
        raise RuntimeError(6)
    except Exception as e0:
        raise LookupError(4)
    return 'no error'
log('== chain52')
try:
    log(chain52())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
