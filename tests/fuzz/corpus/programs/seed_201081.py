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
async def co0():
    raise OSError(6)
    try:
        raise RuntimeError(2)
    except Exception as e:
        log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    return 'co0 done'
log('== co0')
drive(track(co0()), ['close', ('throw', ValueError), ('throw', TypeError), 'close', ('send', 1)], True)
def sub_g4():
    for v5 in range(2):
        try:
            log('locals', sorted(sys._getframe().f_locals))
        finally:
            log('loop finally', v5, repr(sys.exc_info()[1]))
            continue
    v7 = yield
    log('v7', repr(v7))
    cnt9 = 0
    def bump():
        nonlocal cnt9
        cnt9 += 1
        where('bump')
        return cnt9
    log('bump', bump(), bump())
    yield 'end'
    return 'sub_g4 done'
def sub_g10():
    log('locals', sorted(sys._getframe().f_locals))
    log('exc_info', repr(sys.exc_info()[1]))
    log('locals', sorted(sys._getframe().f_locals))
    yield 'end'
    return 'sub_g10 done'
def g14():
    for v15 in range(0):
        log('sum', sum(x for x in range(3)))
        try:
            v18 = yield None
            log('v18', repr(v18))
            log('lineno', sys._getframe().f_lineno)
            where('v20')
            log('plain', 1)
        finally:
            log('finally v17')
    yield 'last'
    return 'g14 done'
log('== g14')
drive(track(g14()), ['next'], False)
def sub_g22():
    raise StopIteration(0)
    try:
        raise RuntimeError(9)
    except Exception as e:
        log('lineno', sys._getframe().f_lineno)
        v26 = yield
        log('v26', repr(v26))
        yield
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'end'
    return 'sub_g22 done'
def g28():
    yield (1, 2)
    log('sum', sum(x for x in range(3)))
    with CM('v31', False) as v31:
        log('exc_info', repr(sys.exc_info()[1]))
        v33 = yield
        log('v33', repr(v33))
        v34 = yield None
        log('v34', repr(v34))
    log('lineno', sys._getframe().f_lineno)
    yield 'last'
    return 'g28 done'
log('== g28')
drive(track(g28()), [('send', None), 'next', 'close', 'close', ('send', None)], False)
async def sub_co36():
    with CM('v37', True) as v37:
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
    log('locals', sorted(sys._getframe().f_locals))
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    log('exc_info', repr(sys.exc_info()[1]))
    return 'sub_co36 done'
async def co47():
    for v48 in range(2):
        await Aw(81)
    return (1, 2)
    v51 = await Aw([3])
    log('v51', repr(v51))
    async with ACM('v52', False) as v52:
        try:
            raise TypeError(0)
        except Exception as e:
            log('lineno', sys._getframe().f_lineno)
            raise ValueError(7)
            log('exc_info', repr(sys.exc_info()[1]))
        v56 = await track(sub_co36())
        log('v56 awaited', repr(v56))
        for v57 in range(2):
            try:
                where('v58')
                v59 = await track(sub_co36())
                log('v59 awaited', repr(v59))
            finally:
                log('loop finally', v57, repr(sys.exc_info()[1]))
                break
        where('v60')
    return 'co47 done'
log('== co47')
drive(track(co47()), [('send', None), ('throw', LookupError)], True)
async def ag61():
    v62 = yield
    log('v62', repr(v62))
    v63 = yield
    log('v63', repr(v63))
    yield 'last'
    log('ag61 end')
log('== ag61')
adrive(track(ag61()), ['next', 'next', ('send', 2), 'close'])
def chain64():
    try:
        try:
            try:
                try:
                    raise OSError(3)
                except ValueError as e3:
                    raise RuntimeError(9) from None
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
            except Exception as e2:
                raise
            finally:
                log('finally 2', repr(sys.exc_info()[0]))
        except ValueError as e1:
            raise TypeError(4) from None
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
    except ValueError as e0:
        raise OSError(5)
    return 'no error'
log('== chain64')
try:
    log(chain64())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
log('end')
