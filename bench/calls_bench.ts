// Python-to-Python calls on the data stack (production) against the heap-frame variant
// (bench/heap_frames.ts), in one `deno bench` run; the summary prints the ratio. Both variants
// share this process's JIT, so bench/frames_compare.ts, which runs each in its own process and
// also counts GC work, is the cleaner comparison.
//
//   deno bench -A bench/calls_bench.ts
import { runSource } from "../src/runtime/interpreter.ts";
import { call } from "../src/objects/abstract.ts";
import { useFrameVariant } from "./heap_frames.ts";

const ns = runSource(
  `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
`,
  "calls_bench.py",
  "calls_bench",
);
const fib = ns.getStr("fib")!;

Deno.bench("fib(20) on the data stack", { group: "calls", baseline: true }, () => {
  useFrameVariant("data-stack");
  call(fib, [20], null);
});

Deno.bench("fib(20) on heap frames", { group: "calls" }, () => {
  useFrameVariant("heap");
  call(fib, [20], null);
  useFrameVariant("data-stack");
});
