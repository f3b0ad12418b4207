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
async def sub_co0():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    return 'sub_co0 done'
async def co9():
    v10 = await track(sub_co0())
    log('v10 awaited', repr(v10))
    return 'co9 done'
log('== co9')
drive(track(co9()), [('throw', LookupError(5)), ('throw', OSError(3)), 'next', ('throw', RuntimeError(3))], True)
def chain11():
    try:
        try:
            raise RuntimeError(6)
        except ValueError as e1:
            raise
    except BaseException as e0:
        raise OSError(0) from e0
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
    return 'no error'
log('== chain11')
try:
    log(chain11())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co12():
    async with ACM('v13', True) as v13:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    async for v19 in AIter(2):
        log('v19', v19)
        await Aw((1, 2))
        try:
            raise OSError(8)
        except Exception as e:
            where('v22')
            where('v23')
            v24 = await Aw(2)
            log('v24', repr(v24))
            log('exc_info', repr(sys.exc_info()[1]))
        try:
            raise LookupError(1)
        except Exception as e:
            v26 = await Aw([3])
            log('v26', repr(v26))
            where('v27')
            where('v28')
            raise RuntimeError(3)
            log('exc_info', repr(sys.exc_info()[1]))
        for v30 in range(0):
            await Aw(1)
            await Aw('a')
            log('plain', None)
            await Aw('a')
    cnt36 = 0
    def bump():
        nonlocal cnt36
        cnt36 += 1
        where('bump')
        return cnt36
    log('bump', bump(), bump())
    log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co12 done'
async def sub_co38():
    for v39 in range(2):
        try:
            for v40 in range(2):
                try:
                    log('lineno', sys._getframe().f_lineno)
                    v42 = await track(sub_co12())
                    log('v42 awaited', repr(v42))
                    v43 = await Aw((1, 2))
                    log('v43', repr(v43))
                finally:
                    log('loop finally', v40, repr(sys.exc_info()[1]))
                    pass
            cnt45 = 0
            def bump():
                nonlocal cnt45
                cnt45 += 1
                where('bump')
                return cnt45
            log('bump', bump(), bump())
            log('lineno', sys._getframe().f_lineno)
            for v47 in range(0):
                log('lineno', sys._getframe().f_lineno)
                return [3]
        finally:
            log('loop finally', v39, repr(sys.exc_info()[1]))
            pass
    for v50 in range(2):
        async for v51 in AIter(0):
            log('v51', v51)
            v52 = await Aw(2)
            log('v52', repr(v52))
            log('plain', 2)
            v54 = await Aw([3])
            log('v54', repr(v54))
        log('lineno', sys._getframe().f_lineno)
        log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co38 done'
async def co57():
    try:
        try:
            raise ValueError(8)
        except Exception as e:
            await Aw(2)
            log('exc_info', repr(sys.exc_info()[1]))
        await Aw('a')
    except StopIteration as e:
        log('caught', chain(e))
        raise TypeError(7) from e
    log('lineno', sys._getframe().f_lineno)
    return 'co57 done'
log('== co57')
drive(track(co57()), ['next'], True)
async def ag63():
    raise StopAsyncIteration(4)
    yield 'last'
    log('ag63 end')
log('== ag63')
adrive(track(ag63()), ['next'])
def chain65():
    try:
        raise TypeError(2)
    except LookupError as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise ValueError(9)
    return 'no error'
log('== chain65')
try:
    log(chain65())
except BaseException as e:
    log('top', chain(e))
    show(e)
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
