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
        try:
            try:
                raise KeyError(1)
            except ValueError as e2:
                raise LookupError(1) from e2
        except BaseException as e1:
            raise RuntimeError(8)
        finally:
            log('finally 1', repr(sys.exc_info()[0]))
            raise TypeError(7)
    except ValueError as e0:
        raise LookupError(5) from None
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def ag1():
    log('locals', sorted(sys._getframe().f_locals))
    cnt4 = 0
    def bump():
        nonlocal cnt4
        cnt4 += 1
        where('bump')
        return cnt4
    log('bump', bump(), bump())
    log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    log('ag1 end')
log('== ag1')
adrive(track(ag1()), [('send', 2), 'close', ('send', None)])
def sub_g6():
    v7 = yield 1
    log('v7', repr(v7))
    yield 'end'
    return 'sub_g6 done'
def g8():
    for v9 in range(2):
        try:
            yield 2
            v11 = yield 'a'
            log('v11', repr(v11))
        finally:
            log('loop finally', v9, repr(sys.exc_info()[1]))
            break
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    try:
        for v17 in range(2):
            try:
                v18 = yield
                log('v18', repr(v18))
            finally:
                log('loop finally', v17, repr(sys.exc_info()[1]))
                break
        raise StopIteration(4)
        raise StopIteration(3)
    except BaseException as e:
        log('caught', chain(e))
        raise LookupError(8) from e
    finally:
        log('finally v16')
    v21 = yield 'a'
    log('v21', repr(v21))
    yield 'last'
    return 'g8 done'
log('== g8')
drive(track(g8()), [('send', None), 'close', 'next', 'next', 'next'], False)
async def sub_co22():
    for v23 in range(2):
        try:
            await Aw(2)
            await Aw(None)
            log('lineno', sys._getframe().f_lineno)
            log('lineno', sys._getframe().f_lineno)
        except LookupError as e:
            log('caught', chain(e))
            raise KeyError(8)
        finally:
            log('finally v24')
        async for v29 in AIter(0):
            log('v29', v29)
            await Aw('a')
            log('plain', [3])
        try:
            raise ValueError(3)
        except Exception as e:
            v33 = await Aw('a')
            log('v33', repr(v33))
            v34 = await Aw([3])
            log('v34', repr(v34))
            log('exc_info', repr(sys.exc_info()[1]))
        v35 = await Aw(82)
        log('v35', repr(v35))
    return 'sub_co22 done'
async def co36():
    v37 = await Aw(None)
    log('v37', repr(v37))
    return 'co36 done'
log('== co36')
drive(track(co36()), [('throw', KeyError(9)), ('throw', KeyError(1)), ('throw', KeyError(9)), ('send', [3]), 'next'], True)
def chain38():
    try:
        try:
            try:
                try:
                    raise ValueError(0)
                except ValueError as e3:
                    raise KeyError(6) from None
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
            except Exception as e2:
                raise LookupError(6)
        except LookupError as e1:
            raise TypeError(0)
    except BaseException as e0:
        raise ValueError(1)
    return 'no error'
log('== chain38')
try:
    log(chain38())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co39():
    cnt41 = 0
    def bump():
        nonlocal cnt41
        cnt41 += 1
        where('bump')
        return cnt41
    log('bump', bump(), bump())
    raise KeyError(7)
    try:
        raise RuntimeError(0)
    except Exception as e:
        log('gx', [x for x in range(2) if where('gxv44') is None], list(where('genv44') for _ in range(1)))
        log('gx', [x for x in range(2) if where('gxv45') is None], list(where('genv45') for _ in range(1)))
        log('exc_info', repr(sys.exc_info()[1]))
    try:
        async with ACM('v47', False) as v47:
            log('lineno', sys._getframe().f_lineno)
            await Aw(None)
            v50 = await Aw(None)
            log('v50', repr(v50))
        try:
            raise ValueError(9)
        except Exception as e:
            raise OSError(0)
            await Aw(1)
            log('exc_info', repr(sys.exc_info()[1]))
    finally:
        pass
    return 'sub_co39 done'
async def co54():
    v55 = await track(sub_co39())
    log('v55 awaited', repr(v55))
    log('lineno', sys._getframe().f_lineno)
    try:
        raise RuntimeError(1)
    except Exception as e:
        raise KeyError(9)
        log('plain', [3])
        async with ACM('v60', False) as v60:
            raise TypeError(2)
            raise TypeError(3)
            raise RuntimeError(0)
            log('plain', 'a')
        log('gx', [x for x in range(2) if where('gxv65') is None], list(where('genv65') for _ in range(1)))
        log('exc_info', repr(sys.exc_info()[1]))
    return 'co54 done'
log('== co54')
drive(track(co54()), ['close', ('send', [3]), 'next', ('throw', LookupError(6)), 'next'], True)
log('end')
