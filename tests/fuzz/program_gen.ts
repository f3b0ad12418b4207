// Random Python programs for the program fuzzer: generators, `yield from` chains driven with
// next/send/throw/close, coroutines and async generators driven by hand (no asyncio),
// try/except/finally and `with` around yields, sys._getframe probes and exception chains.
// Every program prints a deterministic trace (no ids, hashes or set order) and closes what it
// opens, so that nothing depends on when garbage is collected.

import { Rng } from "./rng.ts";

const PRELUDE = `import sys
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
`;

const EXCS = ["ValueError", "KeyError", "TypeError", "RuntimeError", "LookupError", "OSError"];

class Gen {
  private n = 0;
  constructor(readonly rng: Rng) {}
  name(prefix: string): string {
    return `${prefix}${this.n++}`;
  }
  value(): string {
    return this.rng.pick(["1", "2", "'a'", "None", "(1, 2)", "[3]", String(this.rng.int(100))]);
  }
  exc(): string {
    return `${this.rng.pick(EXCS)}(${this.rng.int(10)})`;
  }
  excType(): string {
    return this.rng.pick([...EXCS, "Exception", "BaseException", "GeneratorExit", "StopIteration"]);
  }

  /** A statement list (as lines, indented by `ind`) for the body of a generator. */
  body(ind: string, depth: number, kind: "gen" | "coro" | "agen", subs: string[]): string[] {
    const out: string[] = [];
    const n = 1 + this.rng.int(4);
    for (let i = 0; i < n; i++) out.push(...this.stmt(ind, depth, kind, subs));
    return out;
  }

  stmt(ind: string, depth: number, kind: "gen" | "coro" | "agen", subs: string[]): string[] {
    const r = this.rng;
    const yieldish = () => {
      if (kind === "coro") return `await Aw(${this.value()})`;
      if (kind === "agen" && r.chance(0.3)) return `await Aw(${this.value()})`;
      return r.chance(0.5) ? `yield ${this.value()}` : "yield";
    };
    const choice = r.int(depth > 2 ? 7 : 22);
    const v = this.name("v");
    switch (choice) {
      case 0:
      case 1:
        return [`${ind}${v} = ${yieldish()}`, `${ind}log('${v}', repr(${v}))`];
      case 2:
        return [`${ind}where('${v}')`];
      case 3:
        if (kind === "gen" && subs.length > 0) {
          return [
            `${ind}${v} = yield from track(${r.pick(subs)}())`,
            `${ind}log('${v} from', repr(${v}))`,
          ];
        }
        if (kind === "coro" && subs.length > 0) {
          return [
            `${ind}${v} = await track(${r.pick(subs)}())`,
            `${ind}log('${v} awaited', repr(${v}))`,
          ];
        }
        return [`${ind}${yieldish()}`];
      case 4:
        return r.chance(0.4)
          ? [`${ind}raise ${this.exc()}`]
          : [`${ind}log('plain', ${this.value()})`];
      case 5:
        if (kind !== "agen" && r.chance(0.3)) return [`${ind}return ${this.value()}`];
        return [`${ind}${yieldish()}`];
      case 6:
        return [`${ind}log('lineno', sys._getframe().f_lineno)`];
      case 7: {
        // try/except/finally around yields.
        const out = [`${ind}try:`, ...this.body(ind + "    ", depth + 1, kind, subs)];
        if (r.chance(0.7)) {
          const t = this.excType();
          out.push(`${ind}except ${t} as e:`, `${ind}    log('caught', chain(e))`);
          const k = r.int(4);
          if (k === 0) out.push(`${ind}    raise ${this.exc()}`);
          else if (k === 1) out.push(`${ind}    raise ${this.exc()} from e`);
          else if (k === 2) out.push(`${ind}    raise`);
          else out.push(...this.body(ind + "    ", depth + 1, kind, subs));
        }
        if (r.chance(0.6)) {
          out.push(`${ind}finally:`, `${ind}    log('finally ${v}')`);
          if (r.chance(0.3)) out.push(...this.body(ind + "    ", depth + 1, kind, subs));
        }
        if (!out.some((l) => l.startsWith(`${ind}except`) || l.startsWith(`${ind}finally`))) {
          out.push(`${ind}finally:`, `${ind}    pass`);
        }
        return out;
      }
      case 8: {
        return [
          `${ind}with CM('${v}', ${r.chance(0.3) ? "True" : "False"}) as ${v}:`,
          ...this.body(ind + "    ", depth + 1, kind, subs),
        ];
      }
      case 9:
        return [
          `${ind}for ${v} in range(${r.int(3)}):`,
          ...this.body(ind + "    ", depth + 1, kind, subs),
        ];
      case 10:
        return [
          `${ind}try:`,
          `${ind}    raise ${this.exc()}`,
          `${ind}except Exception as e:`,
          ...this.body(ind + "    ", depth + 1, kind, subs),
          `${ind}    log('exc_info', repr(sys.exc_info()[1]))`,
        ];
      case 11:
        return [`${ind}log('exc_info', repr(sys.exc_info()[1]))`];
      case 12:
        return [`${ind}log('locals', sorted(sys._getframe().f_locals))`];
      case 13:
        return [
          `${ind}log('gx', [x for x in range(2) if where('gx${v}') is None], list(where('gen${v}') for _ in range(1)))`,
        ];
      case 14:
        if (kind === "gen") return [`${ind}raise StopIteration(${r.int(5)})`];
        if (kind === "agen") return [`${ind}raise StopAsyncIteration(${r.int(5)})`];
        return [`${ind}raise ${this.exc()}`];
      case 15:
        // break/continue/return inside finally swallow the exception in flight.
        return [
          `${ind}for ${v} in range(2):`,
          `${ind}    try:`,
          ...this.body(ind + "        ", depth + 1, kind, subs),
          `${ind}    finally:`,
          `${ind}        log('loop finally', ${v}, repr(sys.exc_info()[1]))`,
          `${ind}        ${r.pick(["break", "continue", "pass"])}`,
        ];
      case 16:
        if (kind === "gen") return [`${ind}${yieldish()}`];
        return [
          `${ind}async with ACM('${v}', ${r.chance(0.3) ? "True" : "False"}) as ${v}:`,
          ...this.body(ind + "    ", depth + 1, kind, subs),
        ];
      case 17:
        if (kind === "gen") return [`${ind}log('sum', sum(x for x in range(3)))`];
        return [
          `${ind}async for ${v} in AIter(${r.int(3)}):`,
          `${ind}    log('${v}', ${v})`,
          ...this.body(ind + "    ", depth + 1, kind, subs),
        ];
      case 18:
        return [
          `${ind}try:`,
          `${ind}    raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])`,
          `${ind}except* ValueError as eg:`,
          `${ind}    log('star', repr(eg.exceptions))`,
          `${ind}except* TypeError as eg:`,
          `${ind}    log('star2', repr(eg.exceptions))`,
          ...this.body(ind + "    ", depth + 1, kind, subs).filter(() => false),
        ];
      case 19:
        // Multi-line statements: which line a suspended or calling frame reports.
        return r.pick([
          [`${ind}${v} = (`, `${ind}    ${yieldish()}`, `${ind})`, `${ind}log('${v}', ${v})`],
          [
            `${ind}log(`,
            `${ind}    '${v}',`,
            `${ind}    ${yieldish()},`,
            `${ind}    sys._getframe().f_lineno,`,
            `${ind})`,
          ],
          [`${ind}where(`, `${ind}    '${v}'`, `${ind})`],
          [
            `${ind}log('${v}', (`,
            `${ind}    sys`,
            `${ind}    ._getframe()`,
            `${ind}    .f_lineno`,
            `${ind}))`,
          ],
          [`${ind}${v} = [`, `${ind}    1,`, `${ind}    1 // 0,`, `${ind}]`],
          [`${ind}raise ValueError(`, `${ind}    ${r.int(9)},`, `${ind})`],
          [
            `${ind}${v} = {`,
            `${ind}    'k': (`,
            `${ind}        ${yieldish()}`,
            `${ind}    ),`,
            `${ind}}`,
            `${ind}log('${v}', ${v})`,
          ],
          [`${ind}assert (`, `${ind}    ${r.pick(["0", "1"])}`, `${ind}), '${v}'`],
          [`${ind}${v} = (None`, `${ind}    .__class__`, `${ind}    .nope)`],
        ]);
      case 20:
        return [
          `${ind}class K${v}:`,
          `${ind}    where('class')`,
          `${ind}    def m(self):`,
          `${ind}        where('method')`,
          `${ind}        return sys._getframe().f_code.co_qualname`,
          `${ind}log(K${v}().m())`,
        ];
      default: {
        const cnt = this.name("cnt");
        return [
          `${ind}${cnt} = 0`,
          `${ind}def bump():`,
          `${ind}    nonlocal ${cnt}`,
          `${ind}    ${cnt} += 1`,
          `${ind}    where('bump')`,
          `${ind}    return ${cnt}`,
          `${ind}log('bump', bump(), bump())`,
        ];
      }
    }
  }

  ops(coro: boolean): string {
    const r = this.rng;
    const n = 1 + r.int(6);
    const ops: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = r.int(10);
      if (k < 4) ops.push("'next'");
      else if (k < 6) ops.push(`('send', ${this.value()})`);
      else if (k < 9) {
        ops.push(r.chance(0.2) ? `('throw', ${r.pick(EXCS)})` : `('throw', ${this.exc()})`);
      } else ops.push("'close'");
    }
    if (!coro && r.chance(0.3)) ops.unshift(`('send', None)`);
    return `[${ops.join(", ")}]`;
  }

  /** Defines a function group and drives it; returns the program lines. */
  scenario(): string[] {
    const r = this.rng;
    const kind = r.pick(["gen", "gen", "coro", "agen", "chain"] as const);
    const out: string[] = [];
    const subs: string[] = [];
    if (kind === "chain") {
      return this.chainScenario();
    }
    const nsub = kind === "agen" ? 0 : r.int(3);
    for (let i = 0; i < nsub; i++) {
      const f = this.name(kind === "coro" ? "sub_co" : "sub_g");
      out.push(`${kind === "coro" ? "async def" : "def"} ${f}():`);
      const body = this.body("    ", 1, kind, [...subs]);
      out.push(...body);
      // A generator needs a yield somewhere; a coroutine may have none.
      if (kind === "gen") out.push("    yield 'end'");
      out.push(`    return '${f} done'`);
      subs.push(f);
    }
    const f = this.name(kind === "gen" ? "g" : kind === "coro" ? "co" : "ag");
    out.push(`${kind === "gen" ? "def" : "async def"} ${f}():`);
    out.push(...this.body("    ", 1, kind, subs));
    if (kind !== "coro") out.push("    yield 'last'");
    if (kind === "agen") out.push(`    log('${f} end')`);
    else out.push(`    return '${f} done'`);
    out.push(`log('== ${f}')`);
    if (kind === "agen") out.push(`adrive(track(${f}()), ${this.ops(true)})`);
    else {out.push(
        `drive(track(${f}()), ${this.ops(kind === "coro")}, ${kind === "coro" ? "True" : "False"})`,
      );}
    return out;
  }

  /** Nested try/except/finally raising with and without `from`, printing the chain. */
  chainScenario(): string[] {
    const r = this.rng;
    const f = this.name("chain");
    const lines = [`def ${f}():`];
    const nest = (ind: string, d: number): void => {
      lines.push(`${ind}try:`);
      if (d < 3 && r.chance(0.6)) nest(ind + "    ", d + 1);
      else lines.push(`${ind}    raise ${this.exc()}`);
      const k = r.int(5);
      lines.push(
        `${ind}except ${
          r.pick(["Exception", "LookupError", "ValueError", "BaseException"])
        } as e${d}:`,
      );
      if (k === 0) lines.push(`${ind}    raise ${this.exc()} from e${d}`);
      else if (k === 1) lines.push(`${ind}    raise ${this.exc()} from None`);
      else if (k === 2) lines.push(`${ind}    raise`);
      else if (k === 3) lines.push(`${ind}    raise ${this.exc()}`);
      else lines.push(`${ind}    log('handled', chain(e${d}))`, `${ind}    where('h${d}')`);
      if (r.chance(0.4)) {
        lines.push(`${ind}finally:`, `${ind}    log('finally ${d}', repr(sys.exc_info()[0]))`);
        if (r.chance(0.3)) lines.push(`${ind}    raise ${this.exc()}`);
      }
    };
    nest("    ", 0);
    lines.push(`    return 'no error'`);
    lines.push(`log('== ${f}')`);
    lines.push(`try:`, `    log(${f}())`, `except BaseException as e:`, `    log('top', chain(e))`);
    lines.push(`    show(e)`);
    lines.push(
      `    log('tb', e.__traceback__.tb_next.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)`,
    );
    return lines;
  }
}

/** The helpers every generated program starts with (corpus files store only what follows). */
export const PRELUDE_TEXT: string = PRELUDE.trimEnd();

export function generateProgram(seed: number): string {
  const g = new Gen(new Rng(seed));
  const out = [PRELUDE_TEXT, `SHOW = ${g.rng.chance(0.3) ? "True" : "False"}`];
  const n = 2 + g.rng.int(5);
  for (let i = 0; i < n; i++) out.push(...g.scenario());
  out.push("log('end')");
  return out.join("\n") + "\n";
}

if (import.meta.main) console.log(generateProgram(Number(Deno.args[0] ?? "1")));
