// The host API as a Deno program uses it: run Python, call into it, drive its generators and
// coroutines, and let it await JavaScript promises.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  AsyncGeneratorRef,
  CoilUsageError,
  CoroutineRef,
  evaluate,
  exec,
  GeneratorRef,
  kwargs,
  pyFloat,
  PyRef,
  PythonError,
  setOutput,
} from "../../mod.ts";

/** Runs `body` with Python's stdout captured; returns what Python printed. */
function captureStdout(body: () => void): string {
  let out = "";
  setOutput({ stdout: (text) => (out += text) });
  try {
    body();
  } finally {
    setOutput({ stdout: (text) => Deno.stdout.writeSync(new TextEncoder().encode(text)) });
  }
  return out;
}

describe("calling Python", () => {
  it("converts values both ways", () => {
    const mod = exec(`
def describe(x):
    return type(x).__name__ + ":" + repr(x)

def pair():
    return [1, 2.5, "s", None, True, 2**70, {"k": (1, 2)}]
`);
    assert.equal(mod.callMethod("describe", 3), "int:3");
    assert.equal(mod.callMethod("describe", 3.5), "float:3.5");
    assert.equal(mod.callMethod("describe", pyFloat(3)), "float:3.0");
    assert.equal(mod.callMethod("describe", 2n ** 64n), "int:18446744073709551616");
    assert.equal(mod.callMethod("describe", null), "NoneType:None");
    assert.equal(mod.callMethod("describe", [1, "a"]), "list:[1, 'a']");
    assert.equal(mod.callMethod("describe", { a: 1 }), "dict:{'a': 1}");
    const result = mod.callMethod("pair");
    assert.ok(result instanceof PyRef);
    assert.deepEqual(result.toJS(), [1, 2.5, "s", null, true, 2n ** 70n, { k: [1, 2] }]);
  });

  it("passes keyword arguments and reads attributes", () => {
    const mod = exec(`
class Point:
    def __init__(self, x, y=0, *, scale=1):
        self.x = x * scale
        self.y = y * scale
`);
    const p = mod.callMethod("Point", 2, kwargs({ y: 3, scale: 10 })) as PyRef;
    assert.equal(p.get("x"), 20);
    assert.equal(p.get("y"), 30);
    assert.equal(p.typeName, "Point");
  });

  it("evaluates expressions in a module's scope", () => {
    const mod = exec("base = 40\n");
    assert.equal(evaluate("base + 2", mod), 42);
    assert.equal(evaluate("'-'.join(['a', 'b'])"), "a-b");
  });

  it("calls JavaScript functions from Python", () => {
    const mod = exec("def apply(f, x):\n    return f(x) + 1\n");
    assert.equal(mod.callMethod("apply", (x: number) => x * 10, 4), 41);
  });

  it("captures Python's stdout", () => {
    const out = captureStdout(() => exec("print('hello', 42, sep='-')\n"));
    assert.equal(out, "hello-42\n");
  });
});

describe("errors", () => {
  it("raises PythonError with a CPython-shaped traceback", () => {
    const mod = exec("def f(x):\n    return 1 / x\n", { filename: "calc.py" });
    assert.throws(() => mod.callMethod("f", 0), (e: unknown) => {
      assert.ok(e instanceof PythonError);
      assert.equal(e.type, "ZeroDivisionError");
      assert.equal(e.message, "ZeroDivisionError: division by zero");
      assert.match(e.traceback, /^Traceback \(most recent call last\):\n/);
      assert.match(e.traceback, /File "calc.py", line 2, in f\n {4}return 1 \/ x\n/);
      assert.match(e.traceback, /ZeroDivisionError: division by zero\n$/);
      return true;
    });
  });

  it("reports syntax errors with file, line and column", () => {
    assert.throws(() => exec("x = (1,\n", { filename: "bad.py" }), (e: unknown) => {
      assert.ok(e instanceof PythonError);
      assert.equal(e.type, "SyntaxError");
      assert.match(e.traceback, /File "bad.py", line 1/);
      assert.match(e.message, /'\(' was never closed/);
      return true;
    });
  });

  it("a JavaScript exception becomes JSError inside Python", () => {
    const mod = exec(`
def guarded(f):
    try:
        f()
    except JSError as e:
        return "caught " + str(e)
`);
    const boom = () => {
      throw new RangeError("out of range");
    };
    assert.equal(mod.callMethod("guarded", boom), "caught RangeError: out of range");
    assert.equal(
      evaluate("f'{JSError.__module__} {JSError.__base__.__name__}'"),
      "builtins Exception",
    );
  });

  it("a JavaScript exception Python does not catch reaches the host as the cause", () => {
    const mod = exec(`
def call(f):
    return f()
`);
    const original = new RangeError("out of range");
    assert.throws(() =>
      mod.callMethod("call", () => {
        throw original;
      }), (e: unknown) => {
      assert.ok(e instanceof PythonError);
      assert.equal(e.type, "JSError");
      assert.equal(e.message, "JSError: RangeError: out of range");
      assert.equal(e.cause, original);
      return true;
    });
  });

  it("rejects values it cannot convert, saying what to pass", () => {
    const mod = exec("def f(x):\n    return x\n");
    assert.throws(() => mod.callMethod("f", Symbol("s")), CoilUsageError);
    assert.throws(() => exec(42 as unknown as string), /takes Python source text/);
  });
});

describe("generators from TypeScript", () => {
  const mod = exec(`
def count(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"

log = []
def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        log.append("caught " + str(e))
        yield 99
    finally:
        log.append("finally")
`);

  it("iterates with for-of", () => {
    const gen = mod.callMethod("count", 4);
    assert.ok(gen instanceof GeneratorRef);
    assert.deepEqual([...gen], [0, 1, 2, 3]);
  });

  it("sends values and sees the return value", () => {
    const gen = mod.callMethod("count", 10) as GeneratorRef;
    assert.deepEqual(gen.next(), { done: false, value: 0 });
    assert.deepEqual(gen.send(8), { done: false, value: 8 });
    assert.deepEqual(gen.next(), { done: false, value: 9 });
    assert.deepEqual(gen.next(), { done: true, value: "done" });
  });

  it("throws in and closes", () => {
    const gen = mod.callMethod("guarded") as GeneratorRef;
    assert.deepEqual(gen.next(), { done: false, value: 1 });
    const r = gen.throw(exec("e = ValueError('bad')\n").get("e"));
    assert.deepEqual(r, { done: false, value: 99 });
    gen.close();
    assert.deepEqual(mod.get("log") instanceof PyRef ? (mod.get("log") as PyRef).toJS() : null, [
      "caught bad",
      "finally",
    ]);
  });

  it("break in for-of closes the generator", () => {
    const m = exec(`
closed = []
def g():
    try:
        yield 1
        yield 2
    finally:
        closed.append(True)
`);
    for (const v of m.callMethod("g") as GeneratorRef) {
      assert.equal(v, 1);
      break;
    }
    assert.deepEqual((m.get("closed") as PyRef).toJS(), [true]);
  });

  it("sending a value into a just-started generator is Python's TypeError", () => {
    const gen = mod.callMethod("count", 3) as GeneratorRef;
    assert.throws(() => gen.send(5), /can't send non-None value to a just-started generator/);
  });
});

describe("coroutines from TypeScript", () => {
  const mod = exec(`
class Tick:
    def __await__(self):
        got = yield "tick"
        return got

async def stepper():
    a = await Tick()
    b = await Tick()
    return a + b

async def fetch_sum(fetch):
    total = 0
    for k in (1, 2, 3):
        total += await fetch(k)
    return total

async def failing(fetch):
    try:
        await fetch(0)
    except Exception as e:
        return "recovered: " + str(e)
`);

  it("steps a coroutine one send at a time", () => {
    const coro = mod.callMethod("stepper") as CoroutineRef;
    assert.ok(coro instanceof CoroutineRef);
    assert.deepEqual(coro.send(null), { done: false, value: "tick" });
    assert.deepEqual(coro.send(20), { done: false, value: "tick" });
    assert.deepEqual(coro.send(22), { done: true, value: 42 });
  });

  it("awaits a coroutine as a promise while Python awaits JavaScript promises", async () => {
    const fetch = (k: number) => new Promise((resolve) => setTimeout(() => resolve(k * 10), 1));
    assert.equal(await (mod.callMethod("fetch_sum", fetch) as CoroutineRef), 60);
  });

  it("a rejected promise is raised inside the coroutine", async () => {
    const fetch = () => Promise.reject(new Error("offline"));
    assert.equal(
      await (mod.callMethod("failing", fetch) as CoroutineRef).asPromise(),
      "recovered: Error: offline",
    );
  });

  it("refuses manual stepping once awaited", async () => {
    const coro = mod.callMethod("fetch_sum", (k: number) => Promise.resolve(k)) as CoroutineRef;
    const done = coro.asPromise();
    assert.throws(() => coro.send(null), CoilUsageError);
    assert.equal(await done, 6);
  });
});

describe("async generators from TypeScript", () => {
  it("iterates with for await", async () => {
    const mod = exec(`
async def ticker(fetch, n):
    for i in range(n):
        yield await fetch(i)
`);
    const agen = mod.callMethod("ticker", (i: number) => Promise.resolve(i * i), 4);
    assert.ok(agen instanceof AsyncGeneratorRef);
    const seen: unknown[] = [];
    for await (const v of agen as AsyncGeneratorRef) seen.push(v);
    assert.deepEqual(seen, [0, 1, 4, 9]);
  });
});
