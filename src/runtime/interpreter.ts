// The runtime's entry points and its small API for the host layer (src/host/mod.ts).
//
//   createInterpreter()                 sets up builtins, sys, import hooks (idempotent)
//   runSource(source, filename, name?)  compiles and runs source as module `name` ("__main__"
//                                       by default); returns the module's globals dict
//   runFile(path, argv?)                runs a file as __main__ (sys.argv = [path, ...argv],
//                                       the file's folder first on sys.path)
//   runModuleCode(code, globals, locals?)  runs a module-level code object
//   callObject(callable, args, kwnames) = abstract.call (calls from JS; Python functions run a
//                                       nested eval loop)
//   generatorSend(gen, value) / generatorThrow(gen, exc) / generatorClose(gen)
//        drive generators and coroutines: { done: false, value } for a yield,
//        { done: true, value } for the return value (StopIteration is not raised);
//        Python exceptions propagate as thrown PyBaseException objects.
//   formatException(exc)                CPython's uncaught-exception report, as text
//   reportUncaught(exc)                 formatException to stderr (SystemExit handled by cli)
//
// Python exceptions cross this API as thrown PyBaseException objects.

import { None, PyDict, type PyValue } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import { PyFunction } from "../objects/function.ts";
import * as abs from "../objects/abstract.ts";
import { builtinsTemplate } from "../modules/builtins.ts";
import { flushStdio, getStdStreams } from "../modules/_io/stdstreams.ts";
import { absolutePath, getcwd, osErrorFromDeno } from "./file_system.ts";
import { intMaxStrDigits } from "../objects/int.ts";
import { newException, PyExc_KeyboardInterrupt, PyExc_SyntaxError } from "../objects/exceptions.ts";
import { makeTuple } from "../objects/tuple.ts";
import { exitState, inlineResumers } from "./eval.ts";
import "./call.ts";
import "./generator_methods.ts";
import "./code_attrs.ts";
import {
  flushStdStreams,
  getSysModule,
  makeFlags,
  sysState,
  sysStdio,
  writeStderrText,
} from "./sys_module.ts";
import { importModuleByName, ImportState, importState, STDLIB_PATH } from "./import.ts";
import {
  activate,
  currentInterpreter,
  type HostAccess,
  InterpreterState,
} from "./interpreter_state.ts";
import { ZipArchive } from "./zip_archive.ts";
import { mount } from "./file_system.ts";
import { compileSource, runModuleCode } from "./run_code.ts";
import { builtinModuleTable } from "../modules/index.ts";
import { PyModule } from "./module_object.ts";
import { buildClassFunction } from "./build_class.ts";
import { formatException } from "./traceback_print.ts";
import { closeGenerator, resumeGenerator, throwIntoGenerator } from "./generator_core.ts";
import { PyGenerator } from "../objects/generator.ts";
import * as ops from "./ops.ts";

export { formatException };
export { compileSource, defaultBuiltins, runModuleCode } from "./run_code.ts";
export const callObject = abs.call;

let processReady = false;

/** The process's standard library (every new interpreter mounts it), or null. */
let defaultStdlib: ZipArchive | null = null;
let defaultStdlibError = "the standard library was not loaded";

/** The interpreter made by the free functions (the `coil` command's, mod.ts's exec()...). */
let defaultInterpreter: InterpreterState | null = null;

/**
 * What pyodide's python_stdlib.zip holds beyond CPython's Lib/: its own packages (which reach
 * JavaScript in a browser) and emscripten's sysconfig data. Coil's Lib does not show them.
 */
const PYODIDE_ONLY = new Set([
  "pyodide",
  "_pyodide",
  "_sysconfigdata__emscripten_wasm32-emscripten.py",
]);

/** The standard library archive's bytes (CPython's Lib/ as a zip), before or after creation. */
export function setStdlib(bytes: Uint8Array): void {
  defaultStdlib = new ZipArchive(bytes, PYODIDE_ONLY);
  if (currentInterpreter !== null && currentInterpreter.imports.stdlib === null) {
    mountStdlib(currentInterpreter.imports, defaultStdlib);
  }
}

/** Why no standard library is available (shown by the first import that needs it). */
export function setStdlibError(reason: string): void {
  defaultStdlibError = reason;
  if (currentInterpreter !== null) currentInterpreter.imports.stdlibError = reason;
}

/**
 * Lets importlib write compiled code under `prefix` (sys.pycache_prefix) and read it back;
 * null, or `dontWrite` (-B), keeps sys.dont_write_bytecode set.
 */
export function setCodeCache(prefix: string | null, dontWrite = prefix === null): void {
  createInterpreter();
  const d = getSysModule().dict;
  d.setStr("pycache_prefix", prefix ?? None);
  d.setStr("dont_write_bytecode", dontWrite);
  d.setStr("flags", makeFlags({ dont_write_bytecode: dontWrite ? 1 : 0 }));
}

/** Puts folders on sys.path before the standard library (PYTHONPATH's entries). */
export function prependPath(entries: string[]): void {
  createInterpreter();
  importState.path.items.unshift(...entries);
}

function mountStdlib(imports: ImportState, archive: ZipArchive): void {
  imports.stdlib = archive;
  mount(STDLIB_PATH, archive);
  const path = imports.path.items;
  if (!path.includes(STDLIB_PATH)) path.push(STDLIB_PATH);
}

/** The running interpreter; with none yet, the default one, made and entered. */
export function createInterpreter(): InterpreterState {
  if (currentInterpreter !== null) return currentInterpreter;
  defaultInterpreter ??= newInterpreter();
  activate(defaultInterpreter);
  return defaultInterpreter;
}

/**
 * A new interpreter (CPython's Py_NewInterpreter): its own sys, builtins, sys.modules, import
 * state, codec registry and thread state. The interpreter that was current stays current.
 */
export function newInterpreter(access?: HostAccess): InterpreterState {
  setUpProcess();
  const modules = new Map<string, () => PyModule>([["sys", getSysModule]]);
  for (const [name, factory] of Object.entries(builtinModuleTable)) modules.set(name, factory);
  const interp = new InterpreterState({
    builtinModules: modules,
    builtins: builtinsTemplate,
    importModule: (name) => importModuleByName(name),
    access,
  });
  const previous = activate(interp);
  try {
    const streams = getStdStreams();
    sysStdio.stdout = streams.stdout;
    sysStdio.stderr = streams.stderr;
    sysStdio.stdin = streams.stdin;
    const builtinsModule = new PyModule("builtins", interp.builtins);
    modules.set("builtins", () => builtinsModule);
    const imports = interp.imports;
    imports.stdlibError = defaultStdlibError;
    if (defaultStdlib !== null) mountStdlib(imports, defaultStdlib);
    imports.modules.setStr("builtins", builtinsModule);
    imports.modules.setStr("sys", getSysModule());
    imports.importFunction = interp.builtins.getStr("__import__")!;
  } finally {
    activate(previous);
  }
  return interp;
}

/** Once per process: what every interpreter shares. */
function setUpProcess(): void {
  if (processReady) return;
  processReady = true;
  builtinsTemplate.setStr("__build_class__", buildClassFunction);
  inlineResumers.next = builtinsTemplate.getStr("next");
}

/**
 * Runs `source` as module `name`; returns its globals. `showInTracebacks` false keeps its lines
 * out of tracebacks, as CPython's linecache cannot read `-c` code or stdin.
 */
export function runSource(
  source: string,
  filename: string,
  name = "__main__",
  showInTracebacks = true,
): PyDict {
  createInterpreter();
  const module = new PyModule(name);
  const globals = module.dict;
  globals.setStr("__builtins__", currentInterpreter!.builtins);
  if (filename !== "<string>" && filename !== "<stdin>") globals.setStr("__file__", filename);
  importState.modules.setStr(name, module);
  const code = compileSource(source, filename, "exec", showInTracebacks);
  runModuleCode(code, globals);
  return globals;
}

/** Runs a file as __main__ with sys.argv = [path, ...argv]; returns its globals. */
export function runFile(path: string, argv: string[] = []): PyDict {
  createInterpreter();
  sysState.argv = [path, ...argv];
  const sys = getSysModule();
  sys.dict.setStr("argv", new PyList(sysState.argv.slice()));
  const slash = path.lastIndexOf("/");
  const dir = slash >= 0 ? path.slice(0, slash) : "";
  importState.path.items.unshift(dir === "" ? "" : dir);
  return runSource(readSourceFile(path), path);
}

/**
 * A script's text as CPython's tokenizer accepts it: UTF-8 (a BOM is dropped) unless a coding
 * declaration in the first two lines says latin-1; read failures are OSErrors, NUL bytes and
 * undecodable bytes SyntaxErrors.
 */
export function readSourceFile(path: string): string {
  let bytes: Uint8Array;
  try {
    bytes = Deno.readFileSync(path);
  } catch (e) {
    osErrorFromDeno(e, path);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const lineno = lineOf(bytes, nul);
    const line = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/)[lineno - 1];
    throw newException(PyExc_SyntaxError, [
      "source code cannot contain null bytes",
      makeTuple([path, lineno, None, line.replace(/\0.*$/, ""), None, None]),
    ]);
  }
  const declared = codingDeclaration(bytes);
  if (declared !== null && /^(latin[-_]?1|iso[-_]?8859[-_]?1|l1)([-_].*)?$/i.test(declared)) {
    return new TextDecoder("latin1").decode(bytes);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const hex = bytes[bad].toString(16).padStart(2, "0");
    throw newException(PyExc_SyntaxError, [
      declared === null
        ? `Non-UTF-8 code starting with '\\x${hex}' in file ${path} on line ${
          lineOf(bytes, bad)
        }, but no encoding declared; see https://peps.python.org/pep-0263/ for details`
        : `encoding problem: ${declared}`,
    ]);
  }
}

function lineOf(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The encoding a `# coding: name` comment on line 1 or 2 declares (PEP 263), else null. */
function codingDeclaration(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 400)).split("\n", 2);
  for (const line of head) {
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(line);
    if (m !== null) return m[1];
    if (!/^[ \t\f]*(#.*)?\r?$/.test(line)) break;
  }
  return null;
}

/** Index of the first byte that does not start a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const fatal = new TextDecoder("utf-8", { fatal: true });
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    const n = b < 0x80
      ? 1
      : b >= 0xc2 && b < 0xe0
      ? 2
      : b >= 0xe0 && b < 0xf0
      ? 3
      : b >= 0xf0 && b < 0xf5
      ? 4
      : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      fatal.decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return 0;
}

/** The text CPython prints for an uncaught exception. */
export function formatUncaught(exc: unknown): string {
  return formatException(ops.toPyException(exc));
}

// ---- Generators from the host --------------------------------------------------------------

export interface GeneratorStep {
  done: boolean;
  value: PyValue;
}

function asGenerator(gen: PyValue): PyGenerator {
  if (!(gen instanceof PyGenerator)) throw ops.typeError("expected a generator or coroutine");
  return gen;
}

export function generatorSend(gen: PyValue, value: PyValue = None): GeneratorStep {
  const v = resumeGenerator(asGenerator(gen), value);
  return { done: !exitState.yielded, value: v };
}

export function generatorThrow(gen: PyValue, exc: PyValue): GeneratorStep {
  const v = throwIntoGenerator(asGenerator(gen), ops.normalizeThrowArgs([exc]));
  return { done: !exitState.yielded, value: v };
}

export function generatorClose(gen: PyValue): void {
  closeGenerator(asGenerator(gen));
}

export { PyFunction };

// ---- The `coil` command's driver -------------------------------------------------------------

/** Flushes sys.stdout / sys.stderr (the current objects, then the original streams). */
function flushStreams(): void {
  flushStdStreams();
  flushStdio();
}

/** Writes to sys.stderr (flushed), or to the stderr sink when there is none. */

/** Runs a script or `-c` code; returns the process exit status (prints uncaught errors). */
/** What the `coil` command runs as __main__ (CPython's run_command/run_module/run_filename). */
export interface MainProgram {
  /** sys.argv; for a module, runpy replaces argv[0] with the module's file. */
  argv: string[];
  /** Source to run (-c CODE, or stdin's text) and its filename ("<string>", "<stdin>"). */
  code?: string;
  filename?: string;
  /** A script, or a directory holding __main__.py. */
  path?: string;
  /** A module to run as `python -m` does. */
  module?: string;
  /** -P / -I: put nothing in front of sys.path. */
  safePath?: boolean;
}

export function runMain(what: MainProgram): number {
  const status = runMainProgram(what);
  if (currentInterpreter !== null) runExitHooks();
  return status;
}

/**
 * The command line's sys settings (CPython's PyConfig): sys.flags fields, sys.warnoptions,
 * sys._xoptions, sys.orig_argv, and the int_max_str_digits limit they imply.
 */
export function configureMain(config: {
  flags: Record<string, number | boolean>;
  warnoptions: string[];
  xoptions: [string, string | true][];
  origArgv: string[];
}): void {
  createInterpreter();
  const d = getSysModule().dict;
  const dontWrite = d.getStr("dont_write_bytecode") === true ? 1 : 0;
  d.setStr("flags", makeFlags({ dont_write_bytecode: dontWrite, ...config.flags }));
  d.setStr("warnoptions", new PyList(config.warnoptions));
  const xoptions = new PyDict();
  for (const [k, v] of config.xoptions) xoptions.setStr(k, v);
  d.setStr("_xoptions", xoptions);
  d.setStr("orig_argv", new PyList(config.origArgv));
  const digits = config.flags.int_max_str_digits;
  if (typeof digits === "number" && digits >= 0) intMaxStrDigits.limit = digits;
}

/**
 * Interpreter shutdown as Py_FinalizeEx begins it: threading._shutdown (if threading was
 * imported), then the atexit callbacks (if atexit was imported).
 */
function runExitHooks(): void {
  for (const [name, hook] of [["threading", "_shutdown"], ["atexit", "_run_exitfuncs"]]) {
    const m = importState.modules.getStr(name);
    if (!(m instanceof PyModule)) continue;
    try {
      abs.callMethod(m, hook, []);
    } catch (e) {
      flushStreams();
      writeStderrText(`Exception ignored in: ${name}.${hook}\n`);
      writeStderrText(formatException(ops.toPyException(e)));
    }
  }
  flushStreams();
}

function runMainProgram(what: MainProgram): number {
  try {
    createInterpreter();
    sysState.argv = what.argv.slice();
    const sys = getSysModule().dict;
    sys.setStr("argv", new PyList(what.argv.slice()));
    const path0 = (entry: string) => {
      if (!what.safePath) importState.path.items.unshift(entry);
    };
    // As CPython does at startup, so that -W options apply to warnings the C code raises.
    const warnoptions = sys.getStr("warnoptions");
    if (warnoptions instanceof PyList && warnoptions.items.length > 0) {
      importModuleByName("warnings");
    }
    if (what.module !== undefined) {
      // CPython 3.11 puts the working directory's full path first for -m.
      path0(getcwd());
      runModuleAsMain(what.module, true);
    } else if (what.path !== undefined) {
      let isDirectory: boolean;
      try {
        isDirectory = Deno.statSync(what.path).isDirectory;
      } catch {
        writeStderrText(
          `coil: can't open file '${
            absolutePath(what.path)
          }': [Errno 2] No such file or directory\n`,
        );
        return 2;
      }
      if (isDirectory) {
        // A directory runs its __main__.py with the directory first on sys.path.
        path0(absolutePath(what.path));
        runModuleAsMain("__main__", false);
      } else {
        const slash = what.path.lastIndexOf("/");
        path0(absolutePath(slash >= 0 ? what.path.slice(0, slash) || "/" : "."));
        runSource(readSourceFile(what.path), what.path);
      }
    } else {
      path0("");
      runSource(what.code ?? "", what.filename ?? "<string>", "__main__", false);
    }
    flushStreams();
    return 0;
  } catch (e) {
    flushStreams();
    return handleUncaught(e);
  }
}

/** runpy._run_module_as_main in an empty __main__, as pymain_run_module calls it. */
function runModuleAsMain(name: string, alterArgv: boolean): void {
  const main = new PyModule("__main__");
  main.dict.setStr("__builtins__", currentInterpreter!.builtins);
  importState.modules.setStr("__main__", main);
  abs.callMethod(importModuleByName("runpy"), "_run_module_as_main", [name, alterArgv]);
}

function handleUncaught(e: unknown): number {
  const exc = ops.toPyException(e);
  if (ops.isException(exc) && exc.cls.mro.some((t) => t.name === "SystemExit" && !t.isHeapType)) {
    const code = (exc as unknown as { code: PyValue }).code;
    if (code === None || code === undefined) return 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    writeStderrText(abs.str(code) + "\n");
    return 1;
  }
  let text: string;
  try {
    text = formatException(exc);
  } catch (err) {
    text = `Error in sys.excepthook:\n${String(err)}\n`;
  }
  writeStderrText(text);
  flushStreams();
  // CPython re-kills itself with SIGINT after an uncaught KeyboardInterrupt: status 128 + 2.
  return abs.isInstance(exc, PyExc_KeyboardInterrupt) ? 130 : 1;
}
