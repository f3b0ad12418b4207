// Generator and coroutine costs (issue 5), each side by side with native JavaScript generators
// doing the same work — the physical floor on this runtime. `deno bench` prints each group's
// ratio to its baseline (the JavaScript version).
//
//   deno bench -A bench/generators_bench.ts
import { runSource } from "../src/runtime/interpreter.ts";
import { call } from "../src/objects/abstract.ts";
import type { PyValue } from "../src/objects/object.ts";

const N = 100_000;
const DEPTH = 20;

const ns = runSource(
  `
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def resume(n):
    total = 0
    for x in count(n):
        total += x
    return total

def pair(a):
    yield a
    yield a + 1

def create(n):
    total = 0
    for i in range(n):
        for v in pair(i):
            total += v
    return total

def leaf(n):
    for i in range(n):
        yield i

def link(depth, n):
    if depth == 0:
        return (yield from leaf(n))
    return (yield from link(depth - 1, n))

def delegate(depth, n):
    total = 0
    for v in link(depth, n):
        total += v
    return total

def worker():
    acc = 0
    while True:
        got = yield acc
        acc += got

def coro_send(n):
    w = worker()
    w.send(None)
    total = 0
    for i in range(n):
        total += w.send(i)
    return total
`,
  "generators_bench.py",
  "generators_bench",
);

function pyFunction(name: string): (...args: PyValue[]) => PyValue {
  const f = ns.getStr(name)!;
  return (...args) => call(f, args, null);
}
const py = {
  resume: pyFunction("resume"),
  create: pyFunction("create"),
  delegate: pyFunction("delegate"),
  coroSend: pyFunction("coro_send"),
};

function* count(n: number) {
  let i = 0;
  while (i < n) {
    yield i;
    i += 1;
  }
}
function* pair(a: number) {
  yield a;
  yield a + 1;
}
function* leaf(n: number): Generator<number, void, unknown> {
  for (let i = 0; i < n; i++) yield i;
}
function* link(depth: number, n: number): Generator<number, void, unknown> {
  if (depth === 0) return yield* leaf(n);
  return yield* link(depth - 1, n);
}
function* worker(): Generator<number, never, number> {
  let acc = 0;
  while (true) acc += yield acc;
}

Deno.bench("JS: resume one generator N times", { group: "resume", baseline: true }, () => {
  let total = 0;
  for (const x of count(N)) total += x;
  if (total !== (N * (N - 1)) / 2) throw new Error("wrong");
});
Deno.bench("Coil: resume one generator N times", { group: "resume" }, () => {
  py.resume(N);
});

Deno.bench("JS: create N short generators", { group: "create", baseline: true }, () => {
  let total = 0;
  for (let i = 0; i < N; i++) for (const v of pair(i)) total += v;
  if (total === 0) throw new Error("wrong");
});
Deno.bench("Coil: create N short generators", { group: "create" }, () => {
  py.create(N);
});

Deno.bench(`JS: yield* through ${DEPTH} levels`, { group: "delegate", baseline: true }, () => {
  let total = 0;
  for (const v of link(DEPTH, N / 10)) total += v;
  if (total === 0) throw new Error("wrong");
});
Deno.bench(`Coil: yield from through ${DEPTH} levels`, { group: "delegate" }, () => {
  py.delegate(DEPTH, N / 10);
});

Deno.bench("JS: send N values into a generator", { group: "send", baseline: true }, () => {
  const w = worker();
  w.next();
  let total = 0;
  for (let i = 0; i < N; i++) total += w.next(i).value;
  if (total === 0) throw new Error("wrong");
});
Deno.bench("Coil: send N values into a coroutine-style generator", { group: "send" }, () => {
  py.coroSend(N);
});
