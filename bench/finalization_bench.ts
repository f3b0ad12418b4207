// What finalization tracking costs (docs/finalization.md): creating, running and discarding a
// short generator whose code has a try/finally (tracked) against the same generator without it
// (never tracked).
//
//   deno bench -A bench/finalization_bench.ts
import { runSource } from "../src/runtime/interpreter.ts";
import { call } from "../src/objects/abstract.ts";

const N = 100_000;
const ns = runSource(
  `
def plain(a):
    yield a
    yield a + 1

def guarded(a):
    try:
        yield a
        yield a + 1
    finally:
        pass

def run(f, n):
    total = 0
    for i in range(n):
        for v in f(i):
            total += v
    return total
`,
  "finalization_bench.py",
  "finalization_bench",
);
const run = ns.getStr("run")!;

Deno.bench("generator without cleanup code (untracked)", { group: "gen", baseline: true }, () => {
  call(run, [ns.getStr("plain")!, N], null);
});
Deno.bench("generator with try/finally (tracked)", { group: "gen" }, () => {
  call(run, [ns.getStr("guarded")!, N], null);
});
