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

// Exit with many live suspended generators holding try/finally: closing them all must take
// time linear in their number.
//
//   deno run -A bench/finalization_bench.ts exit
if (Deno.args[0] === "exit") {
  const { finalizeLive } = await import("../src/runtime/finalization.ts");
  const hold = runSource(
    `
def held():
    try:
        yield 1
    finally:
        pass

def suspend(n):
    gens = [held() for _ in range(n)]
    for g in gens:
        next(g)
    return gens
`,
    "finalization_exit_bench.py",
    "finalization_exit_bench",
  ).getStr("suspend")!;
  for (const n of [10_000, 100_000, 1_000_000]) {
    const gens = call(hold, [n], null); // kept alive until the exit closes them
    const t0 = performance.now();
    finalizeLive();
    const ms = performance.now() - t0;
    console.log(
      `exit with ${n} suspended generators: ${ms.toFixed(0)} ms (${
        (ms * 1e6 / n).toFixed(0)
      } ns each)`,
    );
    void gens;
  }
}
