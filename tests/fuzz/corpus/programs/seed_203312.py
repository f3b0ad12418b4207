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
                raise OSError(6) from None
        except ValueError as e1:
            raise
    except BaseException as e0:
        raise
    return 'no error'
log('== chain0')
try:
    log(chain0())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g1():
    where('v2')
    try:
        raise KeyError(1)
    except Exception as e:
        yield
        with CM('v5', False) as v5:
            where('v6')
            yield (1, 2)
            yield
            log('lineno', sys._getframe().f_lineno)
        log('exc_info', repr(sys.exc_info()[1]))
    log('lineno', sys._getframe().f_lineno)
    yield 'end'
    return 'sub_g1 done'
def sub_g11():
    v12 = yield from track(sub_g1())
    log('v12 from', repr(v12))
    yield 'end'
    return 'sub_g11 done'
def g13():
    try:
        log('gx', [x for x in range(2) if where('gxv15') is None], list(where('genv15') for _ in range(1)))
        cnt17 = 0
        def bump():
            nonlocal cnt17
            cnt17 += 1
            where('bump')
            return cnt17
        log('bump', bump(), bump())
        yield 1
    except OSError as e:
        log('caught', chain(e))
        raise KeyError(9)
    try:
        raise TypeError(2)
    except Exception as e:
        try:
            raise LookupError(7)
        except Exception as e:
            v21 = yield 2
            log('v21', repr(v21))
            return 'a'
            where('v23')
            where('v24')
            log('exc_info', repr(sys.exc_info()[1]))
        try:
            raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
        except* ValueError as eg:
            log('star', repr(eg.exceptions))
        except* TypeError as eg:
            log('star2', repr(eg.exceptions))
        try:
            raise KeyError(6)
        except Exception as e:
            v28 = yield from track(sub_g1())
            log('v28 from', repr(v28))
            where('v29')
            v30 = yield 2
            log('v30', repr(v30))
            log('exc_info', repr(sys.exc_info()[1]))
        log('exc_info', repr(sys.exc_info()[1]))
    v31 = yield (1, 2)
    log('v31', repr(v31))
    yield 'last'
    return 'g13 done'
log('== g13')
drive(track(g13()), ['next', ('throw', RuntimeError(0)), 'next', ('throw', TypeError(4)), ('send', None), 'next'], False)
async def co32():
    cnt34 = 0
    def bump():
        nonlocal cnt34
        cnt34 += 1
        where('bump')
        return cnt34
    log('bump', bump(), bump())
    async for v35 in AIter(1):
        log('v35', v35)
        cnt37 = 0
        def bump():
            nonlocal cnt37
            cnt37 += 1
            where('bump')
            return cnt37
        log('bump', bump(), bump())
        log('exc_info', repr(sys.exc_info()[1]))
        try:
            log('lineno', sys._getframe().f_lineno)
            where('v41')
            log('lineno', sys._getframe().f_lineno)
            where('v43')
        except GeneratorExit as e:
            log('caught', chain(e))
            raise
        async with ACM('v44', True) as v44:
            where('v45')
            await Aw(51)
            v47 = await Aw((1, 2))
            log('v47', repr(v47))
            v48 = await Aw((1, 2))
            log('v48', repr(v48))
    async for v49 in AIter(2):
        log('v49', v49)
        with CM('v50', False) as v50:
            await Aw(1)
            v52 = await Aw(1)
            log('v52', repr(v52))
            v53 = await Aw((1, 2))
            log('v53', repr(v53))
        where('v54')
        log('lineno', sys._getframe().f_lineno)
    return 'co32 done'
log('== co32')
drive(track(co32()), [('send', 'a'), 'next'], True)
def chain56():
    try:
        try:
            try:
                raise RuntimeError(7)
            except ValueError as e2:
                log('handled', chain(e2))
                where('h2')
        except BaseException as e1:
            log('handled', chain(e1))
            where('h1')
    except LookupError as e0:
        raise ValueError(1)
    return 'no error'
log('== chain56')
try:
    log(chain56())
except BaseException as e:
    log('top', chain(e))
    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
def sub_g57():
    where('v58')
    log('sum', sum(x for x in range(3)))
    v60 = yield
    log('v60', repr(v60))
    yield 'end'
    return 'sub_g57 done'
def sub_g61():
    log('sum', sum(x for x in range(3)))
    yield
    yield 'end'
    return 'sub_g61 done'
def g64():
    yield 70
    try:
        raise ValueError(0)
    except Exception as e:
        v67 = yield
        log('v67', repr(v67))
        v68 = yield
        log('v68', repr(v68))
        raise StopIteration(2)
        log('exc_info', repr(sys.exc_info()[1]))
    try:
        log('lineno', sys._getframe().f_lineno)
    finally:
        pass
    v72 = yield
    log('v72', repr(v72))
    yield 'last'
    return 'g64 done'
log('== g64')
drive(track(g64()), [('throw', KeyError(3)), ('throw', RuntimeError(6)), ('throw', ValueError(7)), ('throw', KeyError(3)), 'next'], False)
log('end')
