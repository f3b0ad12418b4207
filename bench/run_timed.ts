// Runs a Python file with Coil and reports the time spent inside the interpreter (compile and
// run, no process startup) as a last line `coil-ms N` on stderr. Used by programs_compare.ts.
import { runSource } from "../src/runtime/interpreter.ts";
import { flushOutput } from "../src/host/output.ts";

const path = Deno.args[0];
const source = Deno.readTextFileSync(path);
const start = performance.now();
runSource(source, path);
flushOutput();
const ms = performance.now() - start;
console.error(`coil-ms ${ms.toFixed(1)}`);
