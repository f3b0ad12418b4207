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

import { compile } from "../compiler/compile.ts";
import { None, PyDict, PyObject, type PyValue } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import type { PyCode } from "../objects/code.ts";
import { CodeFlag, PyCode as PyCodeClass } from "../objects/code.ts";
import { PyCell } from "../objects/cell.ts";
import { PyFunction } from "../objects/function.ts";
import * as abs from "../objects/abstract.ts";
import { PySyntaxErrorInfo } from "../compiler/syntax_error.ts";
import { runtimeHooks } from "../builtins/runtime_hooks.ts";
import { builtinsDict } from "../builtins/builtins_module.ts";
import { flushStdio, stdio } from "../builtins/stdio.ts";
import { osErrorFromDeno, stderrFile, stdinFile, stdoutFile } from "../builtins/fileio.ts";
import { newException, PyExc_SyntaxError } from "../objects/exceptions.ts";
import { makeTuple } from "../objects/tuple.ts";
import { LocalKind } from "../objects/code.ts";
import { currentThread } from "./thread_state.ts";
import { evalFrame, exitState, inlineResumers } from "./eval.ts";
import "./call.ts";
import "./generator_methods.ts";
import "./code_attrs.ts";
import { typesHooks } from "./builtin_modules.ts";
import { getSysModule, sysState, sysStdio } from "./sys_module.ts";
import { importName, importState } from "./import.ts";
import { PyModule } from "./module_object.ts";
import { buildClassFunction } from "./build_class.ts";
import { cacheSource, formatException } from "./traceback_print.ts";
import { frameLocals, getFrameObject } from "./frame_object.ts";
import { closeGenerator, resumeGenerator, throwIntoGenerator } from "./generator_core.ts";
import { PyGenerator } from "../objects/generator.ts";
import * as ops from "./ops.ts";
import { unraisableHooks } from "./unraisable.ts";

export { formatException };
export const callObject = abs.call;

let initialized = false;

/** The builtins dict of code whose globals name none. */
export function defaultBuiltins(): PyDict {
  return builtinsDict;
}

function builtinsFromGlobals(globals: PyDict): PyDict {
  const b = globals.getStr("__builtins__");
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  return builtinsDict;
}

export function createInterpreter(): void {
  if (initialized) return;
  initialized = true;
  ops.builtinRefs.dict = builtinsDict;
  inlineResumers.next = builtinsDict.getStr("next");
  sysStdio.stdout = stdoutFile;
  sysStdio.stderr = stderrFile;
  sysStdio.stdin = stdinFile;
  runtimeHooks.sysAttr = (name) => getSysModule().dict.getStr(name);
  unraisableHooks.writeStderr = (text) => writeToSysStderr(text);
  typesHooks.codeWithFlags = codeWithFlags;
  builtinsDict.setStr("__build_class__", buildClassFunction);
  importState.execModule = (source, filename, module) => {
    const code = compileSource(source, filename, "exec");
    module.dict.setStr("__builtins__", builtinsDict);
    runModuleCode(code, module.dict);
  };
  const builtinsModule = new PyModule("builtins", builtinsDict);
  importState.modules.setStr("builtins", builtinsModule);
  importState.modules.setStr("sys", getSysModule());

  runtimeHooks.currentGlobals = () => {
    const f = currentThread.frame;
    return f === null ? new PyDict() : f.globals;
  };
  runtimeHooks.currentLocals = () => {
    const f = currentThread.frame;
    if (f === null) return new PyDict();
    if (f.locals !== null && !(f.code.co_flags & CodeFlag.OPTIMIZED)) return f.locals;
    return frameLocals(getFrameObject(f));
  };
  runtimeHooks.superFromFrame = () => {
    const f = currentThread.frame;
    if (f === null) throw ops.runtimeError("super(): no current frame");
    const code = f.code;
    if (code.co_argcount === 0 && !(code.co_flags & CodeFlag.VARARGS)) {
      throw ops.runtimeError("super(): no arguments");
    }
    let first = f.slots[f.base];
    if (first instanceof PyCell && (code.co_localspluskinds[0] & LocalKind.CELL)) {
      first = first.contents;
    }
    if (first === undefined) throw ops.runtimeError("super(): arg[0] deleted");
    const names = code.co_localsplusnames;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === "__class__" && (code.co_localspluskinds[i] & LocalKind.FREE)) {
        const cell = f.slots[f.base + i];
        const cls = cell instanceof PyCell ? cell.contents : undefined;
        if (cls === undefined) throw ops.runtimeError("super(): empty __class__ cell");
        return [cls, first];
      }
    }
    throw ops.runtimeError("super(): __class__ cell not found");
  };
  runtimeHooks.setClassCell = (cell, cls) => {
    (cell as PyCell).contents = cls;
  };
  runtimeHooks.compile = (source, filename, mode) => compileSource(source, filename, mode);
  runtimeHooks.execCode = (code, globals, locals) => {
    if (globals.getStr("__builtins__") === undefined) globals.setStr("__builtins__", builtinsDict);
    return runModuleCode(code as PyCode, globals, locals === None ? globals : locals as PyObject);
  };
  runtimeHooks.importModule = (name, globals, locals, fromlist, level) =>
    importName(name, globals instanceof PyDict ? globals : null, locals, fromlist, level);
}

/** compile() with syntax errors turned into Python SyntaxError exceptions. */
export function compileSource(source: string, filename: string, mode: string): PyCode {
  cacheSource(filename, source);
  try {
    return compile(source, filename, mode as "exec" | "eval" | "single");
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) throw ops.syntaxErrorFromInfo(e);
    throw e;
  }
}

/** Runs module-level code with `globals` (and a locals mapping, globals by default). */
export function runModuleCode(code: PyCode, globals: PyDict, locals: PyObject = globals): PyValue {
  const ts = currentThread;
  if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
  const frame = ts.pushFrame(code, globals, builtinsFromGlobals(globals));
  frame.locals = locals;
  frame.isEntry = true;
  if (code.nfreevars > 0) throw ops.systemError("module code with free variables");
  return evalFrame(ts, frame);
}

/** Runs `source` as module `name`; returns its globals. */
export function runSource(source: string, filename: string, name = "__main__"): PyDict {
  createInterpreter();
  const module = new PyModule(name);
  const globals = module.dict;
  globals.setStr("__builtins__", builtinsDict);
  if (filename !== "<string>" && filename !== "<stdin>") globals.setStr("__file__", filename);
  importState.modules.setStr(name, module);
  const code = compileSource(source, filename, "exec");
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

/** types.coroutine support: a copy of `code` with extra flags. */
export function codeWithFlags(code: PyCode, flags: number): PyCode {
  return new PyCodeClass(
    code.co_code,
    code.co_consts,
    code.co_names,
    code.co_localsplusnames,
    code.co_localspluskinds,
    code.co_argcount,
    code.co_posonlyargcount,
    code.co_kwonlyargcount,
    code.co_flags | flags,
    code.co_stacksize,
    code.co_name,
    code.co_qualname,
    code.co_filename,
    code.co_firstlineno,
    code.co_positions,
    code.co_exceptiontable,
  );
}

export { PyFunction };

// ---- The `coil` command's driver -------------------------------------------------------------

/** Flushes the builtins layer's stdout/stderr buffers, if it has them. */
export const stdioHooks = {
  flush: (): void => flushStdio(),
  writeStderr: (text: string): void => writeToSysStderr(text),
};

/** Writes to sys.stderr if it was replaced by a Python object, else to the stderr sink. */
function writeToSysStderr(text: string): void {
  const err = getSysModule().dict.getStr("stderr");
  if (err !== undefined && err !== stderrFile && err !== None) {
    try {
      abs.callMethod(err, "write", [text]);
      return;
    } catch {
      // fall back to the process's stderr
    }
  }
  stdio.writeStderr(text);
}

/** Runs a script or `-c` code; returns the process exit status (prints uncaught errors). */
export function runMain(
  what: { path?: string; code?: string; argv: string[] },
): number {
  try {
    if (what.code !== undefined) {
      createInterpreter();
      sysState.argv = ["-c", ...what.argv];
      getSysModule().dict.setStr("argv", new PyList(sysState.argv.slice()));
      importState.path.items.unshift("");
      runSource(what.code, "<string>");
    } else if (what.path !== undefined) {
      let isDirectory: boolean;
      try {
        isDirectory = Deno.statSync(what.path).isDirectory;
      } catch {
        stdioHooks.writeStderr(
          `coil: can't open file '${what.path}': [Errno 2] No such file or directory\n`,
        );
        return 2;
      }
      if (isDirectory) {
        stdioHooks.writeStderr(`coil: can't find '__main__' module in '${what.path}'\n`);
        return 1;
      }
      runFile(what.path, what.argv);
    } else {
      stdioHooks.writeStderr("usage: coil FILE.py [args...]\n");
      return 2;
    }
    stdioHooks.flush();
    return 0;
  } catch (e) {
    stdioHooks.flush();
    return handleUncaught(e);
  }
}

function handleUncaught(e: unknown): number {
  const exc = ops.toPyException(e);
  if (ops.isException(exc) && exc.cls.mro.some((t) => t.name === "SystemExit" && !t.isHeapType)) {
    const code = (exc as unknown as { code: PyValue }).code;
    if (code === None || code === undefined) return 0;
    if (typeof code === "number") return code & 0xff;
    if (typeof code === "boolean") return code ? 1 : 0;
    stdioHooks.writeStderr(abs.str(code) + "\n");
    return 1;
  }
  let text: string;
  try {
    text = formatException(exc);
  } catch (err) {
    text = `Error in sys.excepthook:\n${String(err)}\n`;
  }
  stdioHooks.writeStderr(text);
  stdioHooks.flush();
  return 1;
}
