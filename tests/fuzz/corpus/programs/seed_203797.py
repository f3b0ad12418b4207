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
                try:
                    raise KeyError(0)
                except BaseException as e3:
                    raise TypeError(7) from None
                finally:
                    log('finally 3', repr(sys.exc_info()[0]))
            except ValueError as e2:
                raise
        except LookupError as e1:
            raise KeyError(4)
    except Exception as e0:
        raise OSError(5)
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise LookupError(6)
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
async def sub_co1():
    for v2 in range(2):
        try:
            v3 = await Aw(1)
            log('v3', repr(v3))
            log('gx', [x for x in range(2) if where('gxv4') is None], list(where('genv4') for _ in range(1)))
            log('exc_info', repr(sys.exc_info()[1]))
        finally:
            log('loop finally', v2, repr(sys.exc_info()[1]))
            break
    return 'sub_co1 done'
async def co6():
    return [3]
    log('gx', [x for x in range(2) if where('gxv8') is None], list(where('genv8') for _ in range(1)))
    async for v9 in AIter(1):
        log('v9', v9)
        v10 = await track(sub_co1())
        log('v10 awaited', repr(v10))
        await Aw(2)
    cnt13 = 0
    def bump():
        nonlocal cnt13
        cnt13 += 1
        where('bump')
        return cnt13
    log('bump', bump(), bump())
    return 'co6 done'
log('== co6')
drive(track(co6()), [('send', (1, 2)), ('send', 'a'), 'next', 'close'], True)
async def ag14():
    for v15 in range(0):
        where('v16')
        for v17 in range(2):
            try:
                v18 = await Aw(None)
                log('v18', repr(v18))
                yield [3]
                log('lineno', sys._getframe().f_lineno)
            finally:
                log('loop finally', v17, repr(sys.exc_info()[1]))
                pass
        async with ACM('v21', False) as v21:
            await Aw('a')
            await Aw(21)
    yield
    log('exc_info', repr(sys.exc_info()[1]))
    v26 = yield None
    log('v26', repr(v26))
    yield 'last'
    log('ag14 end')
log('== ag14')
adrive(track(ag14()), ['next', ('send', None), 'next'])
def sub_g27():
    with CM('v28', False) as v28:
        for v29 in range(0):
            where('v30')
            yield 2
            where('v32')
            return 'a'
        yield 'a'
        log('locals', sorted(sys._getframe().f_locals))
    raise StopIteration(3)
    yield
    yield 'end'
    return 'sub_g27 done'
def sub_g38():
    cnt40 = 0
    def bump():
        nonlocal cnt40
        cnt40 += 1
        where('bump')
        return cnt40
    log('bump', bump(), bump())
    v41 = yield from track(sub_g27())
    log('v41 from', repr(v41))
    yield 'end'
    return 'sub_g38 done'
def g42():
    for v43 in range(1):
        for v44 in range(1):
            where('v45')
            log('lineno', sys._getframe().f_lineno)
            v47 = yield None
            log('v47', repr(v47))
            log('lineno', sys._getframe().f_lineno)
    try:
        raise OSError(4)
    except Exception as e:
        with CM('v50', False) as v50:
            where('v51')
            v52 = yield
            log('v52', repr(v52))
            v53 = yield from track(sub_g38())
            log('v53 from', repr(v53))
        log('exc_info', repr(sys.exc_info()[1]))
        v55 = yield 'a'
        log('v55', repr(v55))
        yield 1
        log('exc_info', repr(sys.exc_info()[1]))
    try:
        raise OSError(0)
    except Exception as e:
        v58 = yield [3]
        log('v58', repr(v58))
        with CM('v59', False) as v59:
            log('lineno', sys._getframe().f_lineno)
            raise LookupError(6)
        log('exc_info', repr(sys.exc_info()[1]))
        where('v63')
        log('exc_info', repr(sys.exc_info()[1]))
    yield 'last'
    return 'g42 done'
log('== g42')
drive(track(g42()), [('send', None), ('throw', OSError(6)), ('throw', ValueError(1)), ('throw', ValueError(9)), 'next'], False)
async def ag64():
    raise StopAsyncIteration(1)
    yield 'last'
    log('ag64 end')
log('== ag64')
adrive(track(ag64()), [('throw', TypeError(0)), ('throw', OSError(9))])
log('end')
