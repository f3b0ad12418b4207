// The host API's entry points: run Python source or files, evaluate expressions, import
// modules. Coil runs one Python interpreter per JavaScript realm (one thread state, one
// sys.modules), created on first use; every call below shares it.
import { PyDict } from "../objects/object.ts";
import {
  compileSource,
  createInterpreter,
  runFile as runtimeRunFile,
  runModuleCode,
  runSource,
} from "../runtime/interpreter.ts";
import { importModuleByName, importState } from "../runtime/import.ts";
import { PyModule } from "../runtime/module_object.ts";
import { CoilUsageError } from "./errors.ts";
import { toJS } from "./convert.ts";
import { guard, PyRef } from "./handles.ts";
import { handleTarget } from "./convert.ts";
import { installDefaultStdlib, readStdlib, type StdlibSource } from "./stdlib.ts";
import { setStdlib } from "../runtime/interpreter.ts";

// The standard library comes with the module, read once per process (docs/stdlib.md).
await installDefaultStdlib();

/** Options of `exec`. */
export interface ExecOptions {
  /** Shown in tracebacks and SyntaxErrors (default "<coil>"). */
  filename?: string;
  /** The module's `__name__` (default "__main__"). */
  name?: string;
}

/**
 * Gives Coil CPython's standard library (python_stdlib.zip of pyodide@0.25.1): its bytes, or a
 * file path or URL to read them from. Needed only where the default, a module import of the npm
 * package, is unavailable (a host run without `--unstable-raw-imports`); see docs/stdlib.md.
 */
export async function useStdlib(source: StdlibSource): Promise<void> {
  if (!(source instanceof Uint8Array) && !(source instanceof URL) && typeof source !== "string") {
    throw new CoilUsageError(
      "useStdlib(source) takes the zip's bytes (Uint8Array), a file path or a URL",
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await readStdlib(source);
  } catch (e) {
    throw new CoilUsageError(
      `useStdlib(${String(source)}): could not read the archive: ${
        e instanceof Error ? e.message : String(e)
      }`,
    );
  }
  try {
    setStdlib(bytes);
  } catch (e) {
    throw new CoilUsageError(
      `useStdlib(): not a zip archive of the standard library (${
        e instanceof Error ? e.message : String(e)
      })`,
    );
  }
}

/** Runs Python source as a new module and returns a handle to it. */
export function exec(source: string, options: ExecOptions = {}): PyRef {
  if (typeof source !== "string") {
    throw new CoilUsageError("exec(source) takes Python source text as a string");
  }
  if (typeof options !== "object" || options === null) {
    throw new CoilUsageError("exec(source, options): options must be an object, e.g. { filename }");
  }
  if (options.filename !== undefined && typeof options.filename !== "string") {
    throw new CoilUsageError("exec(source, { filename }): filename must be a string");
  }
  if (options.name !== undefined && typeof options.name !== "string") {
    throw new CoilUsageError("exec(source, { name }): name must be a string");
  }
  const filename = options.filename ?? "<coil>";
  const globals = guard(() => runSource(source, filename, options.name ?? "__main__"));
  return new PyRef(moduleOf(globals));
}

/** Runs a Python file as __main__ (sys.argv = [path, ...argv]) and returns the module. */
export function runFile(path: string, argv: string[] = []): PyRef {
  if (typeof path !== "string") throw new CoilUsageError("runFile(path) takes a file path string");
  const globals = guard(() => runtimeRunFile(path, argv));
  return new PyRef(moduleOf(globals));
}

/**
 * Evaluates one Python expression and converts the result to JavaScript. With `scope` (a module
 * handle from exec/runFile/importModule) the expression sees that module's globals.
 */
export function evaluate(expression: string, scope?: PyRef): unknown {
  if (typeof expression !== "string") {
    throw new CoilUsageError("evaluate(expression) takes a Python expression as a string");
  }
  createInterpreter();
  const globals = scope === undefined ? new PyDict() : scopeGlobals(scope);
  return guard(() => {
    const code = compileSource(expression, "<coil>", "eval");
    return toJS(runModuleCode(code, globals));
  });
}

/** `import name` (dotted names allowed); returns the module (the last component). */
export function importModule(name: string): PyRef {
  createInterpreter();
  return new PyRef(guard(() => importModuleByName(name)));
}

/** The module object whose namespace is `globals` (as registered in sys.modules). */
function moduleOf(globals: PyDict): PyModule {
  const name = String(globals.getStr("__name__") ?? "__main__");
  const registered = importState.modules.getStr(name);
  if (registered instanceof PyModule && registered.dict === globals) return registered;
  return new PyModule(name, globals);
}

function scopeGlobals(scope: PyRef): PyDict {
  const target = handleTarget.get(scope);
  if (target instanceof PyModule) return target.dict;
  if (target instanceof PyDict) return target;
  throw new CoilUsageError(
    "evaluate(expression, scope): scope must be a module handle from exec(), runFile() or importModule()",
  );
}
