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
SHOW = True
def g0():
    yield
    yield [3]
    yield
    yield 'last'
    return 'g0 done'
log('== g0')
drive(track(g0()), [('send', None), ('throw', KeyError), ('send', (1, 2))], False)
def g4():
    try:
        log('gx', [x for x in range(2) if where('gxv6') is None], list(where('genv6') for _ in range(1)))
        yield
        log('exc_info', repr(sys.exc_info()[1]))
        log('plain', 'a')
    finally:
        log('finally v5')
    v10 = yield (1, 2)
    log('v10', repr(v10))
    yield 'last'
    return 'g4 done'
log('== g4')
drive(track(g4()), [('send', None), ('throw', KeyError(4)), ('throw', TypeError(2)), 'next', 'next', ('throw', OSError(3))], False)
def sub_g11():
    return 2
    log('locals', sorted(sys._getframe().f_locals))
    for v14 in range(2):
        try:
            raise StopIteration(4)
            try:
                v17 = yield
                log('v17', repr(v17))
                v18 = yield
                log('v18', repr(v18))
                yield [3]
            except LookupError as e:
                log('caught', chain(e))
                raise OSError(4) from e
            for v20 in range(2):
                try:
                    v21 = yield
                    log('v21', repr(v21))
                    v22 = yield None
                    log('v22', repr(v22))
                finally:
                    log('loop finally', v20, repr(sys.exc_info()[1]))
                    pass
            log('locals', sorted(sys._getframe().f_locals))
        finally:
            log('loop finally', v14, repr(sys.exc_info()[1]))
            pass
    yield 'end'
    return 'sub_g11 done'
def sub_g24():
    log('locals', sorted(sys._getframe().f_locals))
    yield 'end'
    return 'sub_g24 done'
def g26():
    v27 = yield
    log('v27', repr(v27))
    try:
        v29 = yield
        log('v29', repr(v29))
        log('gx', [x for x in range(2) if where('gxv30') is None], list(where('genv30') for _ in range(1)))
        where('v31')
        log('lineno', sys._getframe().f_lineno)
    finally:
        log('finally v28')
    yield 'last'
    return 'g26 done'
log('== g26')
drive(track(g26()), [('send', None), ('throw', LookupError), ('send', 2)], False)
def g33():
    yield 24
    try:
        log('exc_info', repr(sys.exc_info()[1]))
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        try:
            raise LookupError(5)
        except Exception as e:
            return 97
            where('v43')
            v44 = yield 1
            log('v44', repr(v44))
            log('exc_info', repr(sys.exc_info()[1]))
        try:
            raise TypeError(5)
        except Exception as e:
            return 19
            log('exc_info', repr(sys.exc_info()[1]))
    finally:
        log('finally v35')
    for v47 in range(0):
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        v52 = yield
        log('v52', repr(v52))
    yield 'last'
    return 'g33 done'
log('== g33')
drive(track(g33()), [('send', None), 'close', ('throw', KeyError(3)), ('send', 5)], False)
async def co53():
    for v54 in range(0):
        v55 = await Aw(None)
        log('v55', repr(v55))
        cnt57 = 0
        def bump():
            nonlocal cnt57
            cnt57 += 1
            where('bump')
            return cnt57
        log('bump', bump(), bump())
    return 'co53 done'
log('== co53')
drive(track(co53()), ['next', ('throw', OSError(0)), 'next'], True)
log('end')
