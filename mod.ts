/**
 * Coil: Python 3.11 for Deno.
 *
 * ```ts
 * import { exec } from "./mod.ts";
 * const mod = exec("def add(a, b):\n    return a + b\n");
 * mod.callMethod("add", 2, 3); // 5
 * ```
 *
 * Python values come back as JavaScript primitives (None -> null, int -> number or bigint,
 * float -> number, str -> string, bool -> boolean) or as handles: `PyRef` for objects,
 * `GeneratorRef` (a JavaScript iterator), `CoroutineRef` (step it with send/throw, or await
 * it), `AsyncGeneratorRef` (a JavaScript async iterator). Python exceptions are thrown as
 * `PythonError` with the CPython-shaped traceback in `.traceback`. See docs/host-api.md.
 *
 * @module
 */
export {
  evaluate,
  exec,
  type ExecOptions,
  importModule,
  runFile,
  useStdlib,
} from "./src/host/python.ts";
export { STDLIB_SPECIFIER, type StdlibSource } from "./src/host/stdlib.ts";
export {
  type CompiledCode,
  Interpreter,
  type InterpreterExecOptions,
  type InterpreterOptions,
} from "./src/host/interpreter.ts";
export {
  AsyncGeneratorRef,
  CoroutineRef,
  GeneratorRef,
  type GeneratorStep,
  Kwargs,
  kwargs,
  PyRef,
} from "./src/host/handles.ts";
export { type FloatValue, pyFloat } from "./src/host/convert.ts";
export type { Limits } from "./src/runtime/limits.ts";
export { type OutputOptions, setOutput } from "./src/host/output.ts";
export { CoilUsageError, PythonError } from "./src/host/errors.ts";
