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
    return [3]
    return [3]
    log('locals', sorted(sys._getframe().f_locals))
    return 'sub_co0 done'
async def co4():
    for v5 in range(2):
        try:
            cnt7 = 0
            def bump():
                nonlocal cnt7
                cnt7 += 1
                where('bump')
                return cnt7
            log('bump', bump(), bump())
            raise TypeError(7)
        finally:
            log('loop finally', v5, repr(sys.exc_info()[1]))
            break
    async with ACM('v9', False) as v9:
        try:
            where('v11')
            v12 = await Aw(2)
            log('v12', repr(v12))
            v13 = await track(sub_co0())
            log('v13 awaited', repr(v13))
        except StopIteration as e:
            log('caught', chain(e))
            raise
        finally:
            log('finally v10')
        for v14 in range(2):
            v15 = await Aw(54)
            log('v15', repr(v15))
            v16 = await Aw([3])
            log('v16', repr(v16))
            await Aw((1, 2))
            v18 = await track(sub_co0())
            log('v18 awaited', repr(v18))
        log('locals', sorted(sys._getframe().f_locals))
    v20 = await track(sub_co0())
    log('v20 awaited', repr(v20))
    v21 = await Aw((1, 2))
    log('v21', repr(v21))
    return 'co4 done'
log('== co4')
drive(track(co4()), [('throw', TypeError(7))], True)
def chain22():
    try:
        try:
            raise KeyError(4)
        except Exception as e1:
            raise ValueError(2) from e1
    except Exception as e0:
        raise
    finally:
        log('finally 0', repr(sys.exc_info()[0]))
        raise OSError(6)
    return 'no error'
log('== chain22')
try:
    log(chain22())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def chain23():
    try:
        try:
            try:
                try:
                    raise LookupError(9)
                except LookupError as e3:
                    log('handled', chain(e3))
                    where('h3')
            except LookupError as e2:
                log('handled', chain(e2))
                where('h2')
        except Exception as e1:
            raise LookupError(0)
    except LookupError as e0:
        raise RuntimeError(8) from None
    return 'no error'
log('== chain23')
try:
    log(chain23())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g24():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        log('star', repr(eg.exceptions))
    except* TypeError as eg:
        log('star2', repr(eg.exceptions))
    yield 'end'
    return 'sub_g24 done'
def sub_g32():
    log('lineno', sys._getframe().f_lineno)
    v34 = yield from track(sub_g24())
    log('v34 from', repr(v34))
    where('v35')
    try:
        v37 = yield from track(sub_g24())
        log('v37 from', repr(v37))
        log('lineno', sys._getframe().f_lineno)
        with CM('v39', True) as v39:
            v40 = yield 'a'
            log('v40', repr(v40))
            where('v41')
            where('v42')
            log('plain', 1)
        log('locals', sorted(sys._getframe().f_locals))
    except GeneratorExit as e:
        log('caught', chain(e))
        raise TypeError(3) from e
    yield 'end'
    return 'sub_g32 done'
def g45():
    yield
    yield 'last'
    return 'g45 done'
log('== g45')
drive(track(g45()), ['next', 'close', ('throw', ValueError(9)), ('send', 2), ('throw', OSError(4)), 'next'], False)
async def ag47():
    log('lineno', sys._getframe().f_lineno)
    raise StopAsyncIteration(0)
    where('v50')
    raise KeyError(3)
    yield 'last'
    log('ag47 end')
log('== ag47')
adrive(track(ag47()), ['next', ('throw', TypeError(0)), ('throw', KeyError(8))])
log('end')
