// `Interpreter`: one Python interpreter a host owns (CPython's PyInterpreterState). Several live
// side by side in one process, isolated: each has its own sys, sys.modules, sys.path, builtins,
// globals, stdout and recursion limit. Static types and the standard library's compiled code
// are shared, so a new interpreter is cheap (bench/interpreters_bench.ts).
import { None, objectType, PyDict, PyObject, PyType, typeType } from "../objects/object.ts";
import { pyError, PyExc_TypeError } from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { defineMethods } from "../objects/builtin_function.ts";
import * as abs from "../objects/abstract.ts";
import { compileSource, newInterpreter, runModuleCode, runSource } from "../runtime/interpreter.ts";
import {
  activate,
  currentInterpreter,
  type InterpreterState,
} from "../runtime/interpreter_state.ts";
import { builtinModuleNames, importModuleByName, importState } from "../runtime/import.ts";
import { makeTuple } from "../objects/tuple.ts";
import { getSysModule } from "../runtime/sys_module.ts";
import { finalizeLive } from "../runtime/finalization.ts";
import { PyModule } from "../runtime/module_object.ts";
import { CoilUsageError } from "./errors.ts";
import { guard, PyRef } from "./handles.ts";
import { handleTarget, toJS, toPython } from "./convert.ts";

/** Options of `new Interpreter(options)`. */
export interface InterpreterOptions {
  /** Receives what Python writes to sys.stdout (default: the process's stdout). */
  stdout?: (text: string) => void;
  /** Receives what Python writes to sys.stderr (default: the process's stderr). */
  stderr?: (text: string) => void;
  /** sys.argv (default `[""]`, as an embedded CPython has). */
  argv?: string[];
  /** Folders put on sys.path before the standard library. */
  path?: string[];
  /** sys.getrecursionlimit() (default 1000). */
  recursionLimit?: number;
}

/** Options of `Interpreter.exec`. */
export interface InterpreterExecOptions {
  /** Shown in tracebacks and SyntaxErrors (default "<coil>"). */
  filename?: string;
  /** The module's `__name__` (default "__main__"). */
  name?: string;
}

// A text stream whose writes go to a host callback: sys.stdout/stderr of an interpreter made
// with `stdout`/`stderr` options.
const hostStreamType = new PyType(typeType, "HostTextStream", [objectType]);
hostStreamType.dict.setStr("__module__", "coil");
class PyHostStream extends PyObject {
  constructor(readonly sink: (text: string) => void, readonly name: string) {
    super(hostStreamType);
  }
}
defineMethods(hostStreamType, {
  write(args) {
    const self = args[0] as PyHostStream;
    const text = args[1];
    if (typeof text !== "string") {
      throw pyError(PyExc_TypeError, `write() argument must be str, not ${abs.typeName(text)}`);
    }
    self.sink(text);
    return text.length;
  },
  flush: () => None,
  isatty: () => false,
  writable: () => true,
  readable: () => false,
  __repr__: (args) => `<coil.HostTextStream name='${(args[0] as PyHostStream).name}'>`,
});
hostStreamType.dict.setStr("encoding", "utf-8");
hostStreamType.dict.setStr("errors", "strict");
hostStreamType.dict.setStr("closed", false);

function checkOptions(options: InterpreterOptions): void {
  if (typeof options !== "object" || options === null) {
    throw new CoilUsageError("new Interpreter(options): options must be an object");
  }
  for (const name of ["stdout", "stderr"] as const) {
    if (options[name] !== undefined && typeof options[name] !== "function") {
      throw new CoilUsageError(
        `new Interpreter({ ${name} }): ${name} must be a function receiving text`,
      );
    }
  }
  for (const name of ["argv", "path"] as const) {
    const v = options[name];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== "string"))) {
      throw new CoilUsageError(`new Interpreter({ ${name} }): ${name} must be an array of strings`);
    }
  }
  const limit = options.recursionLimit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    throw new CoilUsageError(
      "new Interpreter({ recursionLimit }): recursionLimit must be a positive integer",
    );
  }
}

/** A Python interpreter with its own modules, globals and output. */
export class Interpreter {
  readonly #state: InterpreterState;

  constructor(options: InterpreterOptions = {}) {
    checkOptions(options);
    this.#state = guard(() => newInterpreter());
    guard(() => {
      const sys = getSysModule().dict;
      if (options.stdout !== undefined) {
        const out = new PyHostStream(options.stdout, "<stdout>");
        sys.setStr("stdout", out);
        sys.setStr("__stdout__", out);
      }
      if (options.stderr !== undefined) {
        const err = new PyHostStream(options.stderr, "<stderr>");
        sys.setStr("stderr", err);
        sys.setStr("__stderr__", err);
      }
      sys.setStr("argv", new PyList(options.argv ?? [""]));
      importState.path.items.unshift(...(options.path ?? []));
      if (options.recursionLimit !== undefined) {
        this.#state.thread.recursionLimit = options.recursionLimit;
      }
    }, this.#state);
  }

  #checkOpen(method: string): void {
    if (this.#state.closed) {
      throw new CoilUsageError(`Interpreter.${method}(): the interpreter is closed`);
    }
  }

  /** Runs Python source as a new module (`__main__` unless `name` says otherwise). */
  exec(source: string, options: InterpreterExecOptions = {}): PyRef {
    this.#checkOpen("exec");
    if (typeof source !== "string") {
      throw new CoilUsageError("Interpreter.exec(source) takes Python source text as a string");
    }
    const filename = options.filename ?? "<coil>";
    return guard(() => {
      const globals = runSource(source, filename, options.name ?? "__main__");
      return new PyRef(moduleOf(globals));
    }, this.#state);
  }

  /** Evaluates one expression (in `scope`'s globals, a module handle, when given). */
  evaluate(expression: string, scope?: PyRef): unknown {
    this.#checkOpen("evaluate");
    if (typeof expression !== "string") {
      throw new CoilUsageError("Interpreter.evaluate(expression) takes an expression string");
    }
    return guard(() => {
      let globals: PyDict;
      if (scope === undefined) globals = new PyDict();
      else {
        const target = handleTarget.get(scope);
        if (!(target instanceof PyModule)) {
          throw new CoilUsageError(
            "Interpreter.evaluate(expression, scope): scope is a module handle",
          );
        }
        globals = target.dict;
      }
      return toJS(runModuleCode(compileSource(expression, "<coil>", "eval"), globals));
    }, this.#state);
  }

  /** `import name` (dotted names allowed); returns the module. */
  importModule(name: string): PyRef {
    this.#checkOpen("importModule");
    if (typeof name !== "string") {
      throw new CoilUsageError("Interpreter.importModule(name) takes a module name string");
    }
    return guard(() => new PyRef(importModuleByName(name)), this.#state);
  }

  /**
   * Makes `import name` in this interpreter give a module the host provides:
   *
   * - Python source: compiled now (a SyntaxError is thrown here, as a PythonError) and run on
   *   the first import, as CPython runs a module frozen into its binary
   *   (`__spec__.origin === "frozen"`, no `__file__`). Dotted names make packages of their
   *   prefixes: register `"tools"` and `"tools.text"` and `from . import text` works in `tools`.
   * - An object: its properties become the module's attributes, converted as arguments are
   *   (functions are callable from Python). The module is a builtin one, as CPython's
   *   `PyImport_AppendInittab` makes; its name cannot contain a dot.
   *
   * Register before the module is first imported; only this interpreter sees it.
   */
  registerModule(
    name: string,
    module: string | Record<string, unknown>,
    options: { filename?: string } = {},
  ): void {
    this.#checkOpen("registerModule");
    if (typeof name !== "string" || !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(name)) {
      throw new CoilUsageError(
        `Interpreter.registerModule(name, module): name must be a module name such as "tools" or "tools.text", not ${
          JSON.stringify(name)
        }`,
      );
    }
    const isSource = typeof module === "string";
    if (!isSource && (typeof module !== "object" || module === null || Array.isArray(module))) {
      throw new CoilUsageError(
        "Interpreter.registerModule(name, module): module is Python source (a string) or an object of attributes",
      );
    }
    if (!isSource && name.includes(".")) {
      throw new CoilUsageError(
        `Interpreter.registerModule("${name}", object): an object module is a builtin module, whose name has no dot; give a package's submodules as source`,
      );
    }
    guard(() => {
      if (importState.modules.getStr(name) !== undefined) {
        throw new CoilUsageError(
          `Interpreter.registerModule("${name}"): the module is already imported; register it before its first import`,
        );
      }
      if (isSource) {
        const filename = options.filename ?? `<frozen ${name}>`;
        importState.frozen.set(name, compileSource(module, filename, "exec"));
        importState.builtinModules.delete(name);
      } else {
        const m = new PyModule(name);
        for (const [key, value] of Object.entries(module)) m.dict.setStr(key, toPython(value));
        importState.builtinModules.set(name, () => m);
        importState.frozen.delete(name);
        // BuiltinImporter only creates modules that sys.builtin_module_names lists.
        getSysModule().dict.setStr("builtin_module_names", makeTuple(builtinModuleNames()));
      }
    }, this.#state);
  }

  /** Closes the suspended generators this interpreter made; it runs no Python afterwards. */
  close(): void {
    if (this.#state.closed) return;
    guard(() => finalizeLive(), this.#state);
    this.#state.closed = true;
    if (currentInterpreter === this.#state) activate(null);
  }
}

/** The module object whose namespace is `globals` (as registered in sys.modules). */
function moduleOf(globals: PyDict): PyModule {
  const name = String(globals.getStr("__name__") ?? "__main__");
  const registered = importState.modules.getStr(name);
  if (registered instanceof PyModule && registered.dict === globals) return registered;
  return new PyModule(name, globals);
}
