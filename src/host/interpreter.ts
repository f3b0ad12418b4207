// `Interpreter`: one Python interpreter a host owns (CPython's PyInterpreterState). Several live
// side by side in one process, isolated: each has its own sys, sys.modules, sys.path, builtins,
// globals, stdout and recursion limit. Static types and the standard library's compiled code
// are shared, so a new interpreter is cheap (bench/interpreters_bench.ts).
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "../objects/object.ts";
import { pyError, PyExc_StopIteration, PyExc_TypeError } from "../objects/exceptions.ts";
import { PyList } from "../objects/list.ts";
import { defineMethods } from "../objects/builtin_function.ts";
import * as abs from "../objects/abstract.ts";
import { compileSource, newInterpreter, runModuleCode, runSource } from "../runtime/interpreter.ts";
import {
  activate,
  currentInterpreter,
  type HostAccess,
  type InterpreterState,
} from "../runtime/interpreter_state.ts";
import { builtinModuleNames, importModuleByName, importState } from "../runtime/import.ts";
import { makeTuple } from "../objects/tuple.ts";
import { getSysModule } from "../runtime/sys_module.ts";
import { finalizeLive } from "../runtime/finalization.ts";
import type { Limits } from "../runtime/limits.ts";
import { currentThread } from "../runtime/thread_state.ts";
import {
  absolutePath,
  type FileAccess,
  mount,
  normalizePath,
  type ReadOnlyTree,
} from "../runtime/file_system.ts";
import { PyModule } from "../runtime/module_object.ts";
import { CoilUsageError } from "./errors.ts";
import type * as ast from "../compiler/ast.ts";
import { parse } from "../compiler/parser.ts";
import { compileAst } from "../compiler/compile.ts";
import { PySyntaxErrorInfo } from "../compiler/syntax_error.ts";
import type { PyCode } from "../objects/code.ts";
import { syntaxErrorFromInfo } from "../runtime/ops.ts";
import { cacheSource } from "../runtime/traceback_print.ts";
import { guard, PyRef } from "./handles.ts";
import { handleTarget, toJS, toPython } from "./convert.ts";

/** Options of `new Interpreter(options)`. */
export interface InterpreterOptions {
  /** Receives what Python writes to sys.stdout (default: the process's stdout). */
  stdout?: (text: string) => void;
  /** Receives what Python writes to sys.stderr (default: the process's stderr). */
  stderr?: (text: string) => void;
  /**
   * What Python reads from sys.stdin and input(). Default: nothing (end of file), unless
   * `fs` is `"host"`, where it is the process's stdin.
   */
  stdin?: string;
  /** sys.argv (default `[""]`, as an embedded CPython has). */
  argv?: string[];
  /** Folders put on sys.path before the standard library. */
  path?: string[];
  /** sys.getrecursionlimit() (default 1000). */
  recursionLimit?: number;
  /**
   * The host's files Python may use: folders or files to `read` and to `write` (changes; also
   * readable), absolute or relative to the process's working directory. Default: none (the
   * standard library, `path` folders and `files` stay readable). `"host"`: everything Deno's
   * permissions allow, as the `coil` command has.
   */
  fs?: { read?: string[]; write?: string[] } | "host";
  /** Read-only files held in memory, by path (relative paths are relative to `cwd`). */
  files?: Record<string, string | Uint8Array>;
  /** os.environ's contents (default: empty). `"host"`: the process's, through Deno.env. */
  env?: Record<string, string> | "host";
  /** Whether os.system may run programs (default false; Deno's --allow-run still applies). */
  run?: boolean;
  /** The working directory Python starts in (default: the first `fs` grant, else "/"). */
  cwd?: string;
  /**
   * Limits of each call into the interpreter (exec, eval, a handle's call...): wall time,
   * memory, output to the `stdout`/`stderr` sinks. Past one, the call throws a PythonError of
   * type LimitExceeded and the interpreter stays usable (docs/limits.md).
   */
  limits?: Limits;
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
    currentThread.limits?.countOutput(text.length);
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

// sys.stdin of an interpreter made with `stdin` (or none): the given text, read as a text file
// is. A type of its own rather than io.StringIO, whose _io module would cost each new
// interpreter ~3 ms to make.
const hostInputType = new PyType(typeType, "HostTextInput", [objectType]);
hostInputType.dict.setStr("__module__", "coil");
class PyHostInput extends PyObject {
  pos = 0;
  constructor(readonly text: string) {
    super(hostInputType);
  }
  /** Up to `n` UTF-16 units (all when n < 0), or up to and with the next newline. */
  take(n: number, line: boolean): string {
    const start = this.pos;
    let end = n < 0 ? this.text.length : Math.min(this.text.length, start + n);
    if (line) {
      const nl = this.text.indexOf("\n", start);
      if (nl >= 0 && nl < end) end = nl + 1;
    }
    this.pos = end;
    return this.text.slice(start, end);
  }
}
const sizeArg = (v: PyValue | undefined): number =>
  v === undefined || v === None ? -1 : Number(abs.asIndex(v));
defineMethods(hostInputType, {
  read: (args) => (args[0] as PyHostInput).take(sizeArg(args[1]), false),
  readline: (args) => (args[0] as PyHostInput).take(sizeArg(args[1]), true),
  readlines(args) {
    const self = args[0] as PyHostInput;
    const lines: string[] = [];
    for (let l = self.take(-1, true); l !== ""; l = self.take(-1, true)) lines.push(l);
    return new PyList(lines);
  },
  __iter__: (args) => args[0],
  __next__(args) {
    const l = (args[0] as PyHostInput).take(-1, true);
    if (l === "") throw pyError(PyExc_StopIteration);
    return l;
  },
  readable: () => true,
  writable: () => false,
  isatty: () => false,
  __repr__: () => "<coil.HostTextInput name='<stdin>'>",
});
hostInputType.dict.setStr("encoding", "utf-8");
hostInputType.dict.setStr("errors", "strict");
hostInputType.dict.setStr("closed", false);

/** A read-only file held in memory, mounted at its own path (Interpreter option `files`). */
class MemoryFile implements ReadOnlyTree {
  constructor(readonly data: Uint8Array) {}
  stat(rel: string) {
    return rel === "" ? { isDirectory: false, size: this.data.length } : undefined;
  }
  list(): undefined {
    return undefined;
  }
  read(rel: string): Uint8Array | undefined {
    return rel === "" ? this.data : undefined;
  }
}

/** An absolute, normalized form of a host path given in the options. */
function hostPath(option: string, path: string): string {
  let full = path;
  if (!path.startsWith("/")) {
    try {
      full = `${Deno.cwd()}/${path}`;
    } catch {
      throw new CoilUsageError(
        `new Interpreter({ ${option} }): "${path}" is relative and the process's working directory cannot be read; give an absolute path`,
      );
    }
  }
  return normalizePath(full);
}

/** What of the host the options grant. */
function hostAccess(options: InterpreterOptions): HostAccess {
  const fsOption = options.fs;
  let fs: FileAccess | null = null;
  if (fsOption !== "host") {
    const read = (fsOption?.read ?? []).map((p) => hostPath("fs", p));
    const write = (fsOption?.write ?? []).map((p) => hostPath("fs", p));
    // Folders on sys.path are there to be imported from.
    for (const p of options.path ?? []) read.push(hostPath("path", p));
    fs = { read, write };
  }
  const cwd = options.cwd !== undefined
    ? hostPath("cwd", options.cwd)
    : fs === null
    ? null
    : fs.write[0] ?? fs.read[0] ?? "/";
  const env = options.env === "host" ? null : { ...(options.env ?? {}) };
  return { fs, env, run: options.run === true, cwd };
}

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
  if (options.stdin !== undefined && typeof options.stdin !== "string") {
    throw new CoilUsageError("new Interpreter({ stdin }): stdin is the text Python reads");
  }
  for (const name of ["argv", "path"] as const) {
    const v = options[name];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== "string"))) {
      throw new CoilUsageError(`new Interpreter({ ${name} }): ${name} must be an array of strings`);
    }
  }
  const fsOption = options.fs;
  if (
    fsOption !== undefined && fsOption !== "host" &&
    (typeof fsOption !== "object" || fsOption === null ||
      [fsOption.read, fsOption.write].some((l) =>
        l !== undefined && (!Array.isArray(l) || l.some((x) => typeof x !== "string"))
      ))
  ) {
    throw new CoilUsageError(
      'new Interpreter({ fs }): fs is "host" or { read?: string[], write?: string[] }',
    );
  }
  const files = options.files;
  if (
    files !== undefined &&
    (typeof files !== "object" || files === null ||
      Object.values(files).some((v) => typeof v !== "string" && !(v instanceof Uint8Array)))
  ) {
    throw new CoilUsageError(
      "new Interpreter({ files }): files maps paths to contents (a string or a Uint8Array)",
    );
  }
  const env = options.env;
  if (
    env !== undefined && env !== "host" &&
    (typeof env !== "object" || env === null ||
      Object.values(env).some((v) => typeof v !== "string"))
  ) {
    throw new CoilUsageError(
      'new Interpreter({ env }): env is "host" or an object of string values',
    );
  }
  if (options.run !== undefined && typeof options.run !== "boolean") {
    throw new CoilUsageError("new Interpreter({ run }): run is a boolean");
  }
  const limits = options.limits;
  if (limits !== undefined) {
    const keys = ["timeMs", "memoryBytes", "outputChars"];
    if (
      typeof limits !== "object" || limits === null ||
      Object.entries(limits).some(([k, v]) =>
        !keys.includes(k) || (v !== undefined && (typeof v !== "number" || !(v >= 0)))
      )
    ) {
      throw new CoilUsageError(
        "new Interpreter({ limits }): limits is { timeMs?, memoryBytes?, outputChars? }, each a number >= 0",
      );
    }
  }
  if (options.cwd !== undefined && typeof options.cwd !== "string") {
    throw new CoilUsageError("new Interpreter({ cwd }): cwd is a path string");
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

  /** A new interpreter; `options` says what it may reach and where its output goes. */
  constructor(options: InterpreterOptions = {}) {
    checkOptions(options);
    this.#state = guard(() => newInterpreter(hostAccess(options)));
    guard(() => {
      const encoder = new TextEncoder();
      for (const [path, contents] of Object.entries(options.files ?? {})) {
        const data = typeof contents === "string" ? encoder.encode(contents) : contents;
        mount(absolutePath(path), new MemoryFile(data));
      }
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
      const stdin = options.stdin ?? (options.fs === "host" ? undefined : "");
      if (stdin !== undefined) {
        const stream = new PyHostInput(stdin);
        sys.setStr("stdin", stream);
        sys.setStr("__stdin__", stream);
      }
      sys.setStr("argv", new PyList(options.argv ?? [""]));
      importState.path.items.unshift(...(options.path ?? []));
      if (options.limits !== undefined) this.#state.limits = { ...options.limits };
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

  /**
   * Runs a block of statements and returns the value of its last one when that is an
   * expression (else null), like a notebook cell: `eval("x = 2\nx * 21")` is 42. It runs in
   * `scope`'s globals (a module handle) when given, else in a fresh `__main__`.
   */
  eval(source: string, scope?: PyRef, options: { filename?: string } = {}): unknown {
    this.#checkOpen("eval");
    if (typeof source !== "string") {
      throw new CoilUsageError("Interpreter.eval(source) takes Python source text as a string");
    }
    const filename = options.filename ?? "<coil>";
    return guard(() => {
      const globals = scope === undefined ? freshMain() : scopeGlobals("eval", scope);
      const { body, last } = compileCell(source, filename);
      runModuleCode(body, globals);
      return last === null ? null : toJS(runModuleCode(last, globals));
    }, this.#state);
  }

  /**
   * Compiles source once, to run many times with `run` (in this or another interpreter):
   * a SyntaxError is thrown here, as a PythonError.
   */
  compile(source: string, options: { filename?: string } = {}): CompiledCode {
    this.#checkOpen("compile");
    if (typeof source !== "string") {
      throw new CoilUsageError("Interpreter.compile(source) takes Python source text as a string");
    }
    const filename = options.filename ?? "<coil>";
    return guard(() => new CompiledCode(compileCell(source, filename)), this.#state);
  }

  /** Runs compiled code (see `compile`) like `eval`: returns its last expression's value. */
  run(code: CompiledCode, scope?: PyRef): unknown {
    this.#checkOpen("run");
    if (!(code instanceof CompiledCode)) {
      throw new CoilUsageError("Interpreter.run(code) takes what Interpreter.compile returned");
    }
    return guard(() => {
      const globals = scope === undefined ? freshMain() : scopeGlobals("run", scope);
      const { body, last } = compiledCells.get(code)!;
      runModuleCode(body, globals);
      return last === null ? null : toJS(runModuleCode(last, globals));
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

/** Source compiled by `Interpreter.compile`, runnable with `Interpreter.run`. */
export class CompiledCode {
  /** @internal made by Interpreter.compile. */
  constructor(cell: Cell) {
    compiledCells.set(this, cell);
  }
}

/** The code of each CompiledCode (kept out of the public type). */
const compiledCells = new WeakMap<CompiledCode, Cell>();

/** A block's statements, and its last statement's expression when it ends in one. */
interface Cell {
  body: PyCode;
  last: PyCode | null;
}

function compileCell(source: string, filename: string): Cell {
  let mod: ast.mod;
  try {
    mod = parse(source, filename, "exec");
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) throw syntaxErrorFromInfo(e);
    throw e;
  }
  const body = (mod as ast.Module).body;
  const tail = body.at(-1);
  const compileNode = (node: ast.mod, mode: "exec" | "eval") => {
    try {
      return compileAst(node, filename, mode, source);
    } catch (e) {
      if (e instanceof PySyntaxErrorInfo) throw syntaxErrorFromInfo(e);
      throw e;
    }
  };
  cacheSource(filename, source);
  if (tail?._type !== "Expr") return { body: compileNode(mod, "exec"), last: null };
  return {
    body: compileNode({ ...(mod as ast.Module), body: body.slice(0, -1) }, "exec"),
    last: compileNode({ _type: "Expression", body: (tail as ast.Expr).value }, "eval"),
  };
}

/** A new `__main__` module's globals, registered in sys.modules as exec() registers one. */
function freshMain(): PyDict {
  const module = new PyModule("__main__");
  module.dict.setStr("__builtins__", currentInterpreter!.builtins);
  importState.modules.setStr("__main__", module);
  return module.dict;
}

function scopeGlobals(method: string, scope: PyRef): PyDict {
  const target = handleTarget.get(scope);
  if (!(target instanceof PyModule)) {
    throw new CoilUsageError(`Interpreter.${method}(source, scope): scope is a module handle`);
  }
  return target.dict;
}

/** The module object whose namespace is `globals` (as registered in sys.modules). */
function moduleOf(globals: PyDict): PyModule {
  const name = String(globals.getStr("__name__") ?? "__main__");
  const registered = importState.modules.getStr(name);
  if (registered instanceof PyModule && registered.dict === globals) return registered;
  return new PyModule(name, globals);
}
