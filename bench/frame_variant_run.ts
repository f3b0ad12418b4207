// Runs one Python program under one frame variant and prints a JSON line with the time and
// the number of calls measured. Spawned by bench/frames_compare.ts with V8's --trace-gc, so that
// GC events of this process can be counted per variant.
import { parseArgs } from "node:util";
import { runSource } from "../src/runtime/interpreter.ts";
import { setOutput } from "../src/host/output.ts";
import { type FrameVariant, useFrameVariant } from "./heap_frames.ts";

const { values } = parseArgs({
  args: Deno.args,
  options: { variant: { type: "string" }, program: { type: "string" } },
});
const variant = values.variant as FrameVariant;
const source = Deno.readTextFileSync(values.program!);
let output = "";
setOutput({ stdout: (text) => (output += text) });
useFrameVariant(variant);
// Warm up the JIT, then measure.
runSource(source, "warmup.py");
console.log("--- measure ---");
const start = performance.now();
runSource(source, "measured.py");
const ms = performance.now() - start;
console.log(JSON.stringify({ variant, ms, output: output.trim().split("\n").pop() }));
