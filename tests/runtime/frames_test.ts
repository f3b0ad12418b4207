// The frame machinery proven on running Python code: data-stack growth per call, chunk reuse,
// frame objects only on demand and owning their data after the call, recursion limit,
// generator frames (embedded, linked at resume, outliving via gi_frame).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createInterpreter, runSource } from "../../src/runtime/interpreter.ts";
import { currentThread } from "../../src/runtime/thread_state.ts";
import { frameStats } from "../../src/objects/frame.ts";
import { PyBuiltinFunction } from "../../src/objects/builtin_function.ts";
import { None, type PyValue } from "../../src/objects/object.ts";
import { PyFunction } from "../../src/objects/function.ts";
import { PyList } from "../../src/objects/list.ts";
import { generatorStats } from "../../src/runtime/generator_core.ts";

const builtinsDict = createInterpreter().builtins;

/** probe(): records the data stack's use, the Python depth and the stats at that moment. */
interface Probe {
  used: number;
  depth: number;
  chunks: number;
  frameObjects: number;
}
const probes: Probe[] = [];
builtinsDict.setStr(
  "probe",
  new PyBuiltinFunction("probe", () => {
    probes.push({
      used: currentThread.dataStack.used,
      depth: currentThread.depth,
      chunks: currentThread.dataStack.chunksAllocated,
      frameObjects: frameStats.created,
    });
    return currentThread.depth;
  }),
);

function run(src: string) {
  probes.length = 0;
  return runSource(src, "<test>");
}

function frameSizeOf(globals: { getStr(n: string): PyValue | undefined }, name: string): number {
  return (globals.getStr(name) as PyFunction).code.frameSize;
}

describe("thread frames on the data stack", () => {
  it("N nested calls grow the data stack by exactly the sum of their frame sizes", () => {
    const g = run(`
def f(n):
    if n == 0:
        probe()
        return 0
    return f(n - 1) + 1
probe()
f(50)
probe()
`);
    const size = frameSizeOf(g, "f");
    assert.equal(probes.length, 3);
    assert.equal(probes[1].used - probes[0].used, 51 * size);
    assert.equal(probes[1].depth - probes[0].depth, 51);
    assert.equal(probes[2].used, probes[0].used);
    assert.equal(currentThread.depth, 0);
    assert.equal(currentThread.dataStack.used, 0);
  });

  it("a call at a chunk boundary reuses the spare chunk (no new chunk allocated)", () => {
    // Enough depth to cross into a second chunk every time.
    run(`
def f(n):
    if n == 0:
        return probe()
    return f(n - 1)
for i in range(200):
    f(950)
`);
    assert.equal(probes.length, 200);
    const first = probes[0].chunks;
    assert.ok(probes[0].used > 4096, "the recursion crossed a chunk boundary");
    for (const p of probes) assert.equal(p.chunks, first);
  });

  it("steady-state calls allocate no frame records", () => {
    run(`
def add(a, b):
    return a + b
def loop(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t
loop(10)
`);
    const before = currentThread.recordsAllocated;
    run(`
def add(a, b):
    return a + b
t = 0
for i in range(100000):
    t = add(t, i)
`);
    assert.equal(currentThread.recordsAllocated, before);
  });
});

describe("frame objects on demand", () => {
  it("no frame object exists for calls nobody asked to see", () => {
    const before = frameStats.created;
    run(`
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
x = fib(18)
class A:
    def m(self, k):
        return k * 2
a = A()
y = sum(a.m(i) for i in range(1000))
`);
    assert.equal(frameStats.created, before);
  });

  it("a frame object from sys._getframe() kept after return answers correctly", () => {
    const g = run(`
import sys
def g(a):
    b = a + 1
    fr = sys._getframe()
    c = 5
    return fr
fr = g(10)
def churn(n):
    x = n * 3
    y = [x]
    return y
for i in range(100):
    churn(i)
loc = fr.f_locals
names = sorted(loc)
vals = (loc['a'], loc['b'], loc['c'])
lineno = fr.f_lineno
name = fr.f_code.co_name
back = fr.f_back.f_code.co_name
`);
    const names = (g.getStr("names") as PyList).items;
    assert.deepEqual(names, ["a", "b", "c", "fr"]);
    const vals = g.getStr("vals") as unknown as { items: PyValue[] };
    assert.deepEqual(vals.items, [10, 11, 5]);
    assert.equal(g.getStr("lineno"), 7);
    assert.equal(g.getStr("name"), "g");
    assert.equal(g.getStr("back"), "<module>");
  });

  it("sys._getframe(1) is the caller, with the caller's current line", () => {
    const g = run(`
import sys
def inner():
    return sys._getframe(1)
def outer():
    x = 42
    return inner()
f = outer()
r = (f.f_code.co_name, f.f_lineno, f.f_locals['x'])
`);
    const r = g.getStr("r") as unknown as { items: PyValue[] };
    assert.deepEqual(r.items, ["outer", 7, 42]);
  });
});

describe("recursion limit", () => {
  it("RecursionError at the limit; the interpreter is usable after", () => {
    const g = run(`
import sys
def r(n):
    return r(n + 1)
try:
    r(0)
except RecursionError as e:
    msg = str(e)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
after = fib(15)
limit = sys.getrecursionlimit()
`);
    assert.equal(g.getStr("msg"), "maximum recursion depth exceeded");
    assert.equal(g.getStr("after"), 610);
    assert.equal(g.getStr("limit"), 1000);
    assert.equal(currentThread.depth, 0);
    assert.equal(currentThread.dataStack.used, 0);
  });

  it("recursion through a builtin calling back into Python is also caught", () => {
    const g = run(`
class K:
    def __eq__(self, other):
        return [self] == [other]
try:
    K() == K()
    res = "no error"
except RecursionError:
    res = "RecursionError"
`);
    assert.equal(g.getStr("res"), "RecursionError");
    assert.equal(currentThread.depth, 0);
  });
});

describe("generator frames", () => {
  it("a suspended generator keeps nothing on the data stack", () => {
    const created = generatorStats.created;
    run(`
def gen(a):
    b = a * 2
    yield b
    yield b + 1
probe()
g = gen(3)
probe()
next(g)
probe()
`);
    assert.equal(generatorStats.created, created + 1);
    assert.equal(probes[1].used, probes[0].used);
    assert.equal(probes[2].used, probes[0].used);
  });

  it("resuming from depth N places the generator's frame at depth N+1", () => {
    const g = run(`
import sys
def gen():
    while True:
        yield (probe(), sys._getframe(1).f_code.co_name)
g = gen()
def at(n):
    if n == 0:
        return (probe(), next(g))
    return at(n - 1)
r1 = at(5)
r2 = at(20)
`);
    for (const name of ["r1", "r2"]) {
      const r = (g.getStr(name) as unknown as { items: PyValue[] }).items;
      const callerDepth = r[0] as number;
      const inner = (r[1] as unknown as { items: PyValue[] }).items;
      assert.equal(inner[0], callerDepth + 1);
      assert.equal(inner[1], "at");
    }
  });

  it("a frame object from gi_frame outlives the generator with correct values", () => {
    const g = run(`
def gen():
    x = 1
    yield x
    y = x + 1
    yield y
g = gen()
next(g)
fr = g.gi_frame
line_suspended = fr.f_lineno
rest = list(g)
after = g.gi_frame
loc = fr.f_locals
r = (loc['x'], loc['y'], fr.f_code.co_name, line_suspended)
`);
    assert.equal(g.getStr("after"), None);
    const r = (g.getStr("r") as unknown as { items: PyValue[] }).items;
    assert.deepEqual(r, [1, 2, "gen", 4]);
  });

  it("a million next() calls create no frame objects", () => {
    const before = frameStats.created;
    const g = run(`
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
total = 0
for x in count(1000000):
    total += x
`);
    assert.equal(g.getStr("total"), 499999500000);
    assert.equal(frameStats.created, before);
  });
});
