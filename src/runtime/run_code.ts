// Running code: compile() with SyntaxErrors as Python exceptions, and running a module-level code
// object in a namespace. The import system and the host API both start code here.
import { compile } from "../compiler/compile.ts";
import { None, PyDict, PyObject, type PyValue } from "../objects/object.ts";
import { CodeFlag } from "../objects/code.ts";
import type { PyCell } from "../objects/cell.ts";
import { PyFunction } from "../objects/function.ts";
import { frameLocals, getFrameObject } from "./frame_object.ts";
import type { PyCode } from "../objects/code.ts";
import { CompilerLimitError, PySyntaxErrorInfo } from "../compiler/syntax_error.ts";
import { currentInterpreter } from "./interpreter_state.ts";
import { currentThread } from "./thread_state.ts";
import { evalFrame } from "./eval.ts";
import { PyModule } from "./module_object.ts";
import { cacheSource } from "./traceback_print.ts";
import * as ops from "./ops.ts";

/** The builtins dict of code whose globals name none. */
export function defaultBuiltins(): PyDict {
  return currentInterpreter!.builtins;
}

function builtinsFromGlobals(globals: PyDict): PyDict {
  const b = globals.getStr("__builtins__");
  if (b instanceof PyModule) return b.dict;
  if (b instanceof PyDict) return b;
  return currentInterpreter!.builtins;
}

/** Where the standard library's archive is mounted (CPython's sys.prefix + /lib/python3.11). */
export const STDLIB_PATH = "/coil/lib/python3.11";
const STDLIB_PREFIX = STDLIB_PATH + "/";

/**
 * Code objects of standard-library modules, shared by every interpreter of the process: the
 * stdlib's files cannot change under it (a read-only mount), and code objects are immutable
 * to Python; their inline caches check versions that are unique across dicts and types.
 */
const stdlibCode = new Map<string, { source: string; code: PyCode }>();

/**
 * compile() with syntax errors turned into Python SyntaxError exceptions. The source is kept
 * for tracebacks (linecache's lines of `<string>` and friends) unless `showInTracebacks` is false.
 */
export function compileSource(
  source: string,
  filename: string,
  mode: string,
  showInTracebacks = true,
): PyCode {
  if (showInTracebacks) cacheSource(filename, source);
  const shared = mode === "exec" && filename.startsWith(STDLIB_PREFIX);
  if (shared) {
    const hit = stdlibCode.get(filename);
    if (hit !== undefined && hit.source === source) return hit.code;
  }
  try {
    const ts = currentThread;
    const recursion = { depth: ts.depth, limit: ts.recursionLimit };
    const code = compile(source, filename, mode as "exec" | "eval" | "single", recursion);
    if (shared) stdlibCode.set(filename, { source, code });
    return code;
  } catch (e) {
    if (e instanceof PySyntaxErrorInfo) throw ops.syntaxErrorFromInfo(e);
    if (e instanceof CompilerLimitError) throw ops.toPyException(e);
    throw e;
  }
}

/** Runs module-level code with `globals` (and a locals mapping, globals by default). */
export function runModuleCode(
  code: PyCode,
  globals: PyDict,
  locals: PyObject = globals,
  closure?: readonly PyCell[],
): PyValue {
  const ts = currentThread;
  if (ts.depth >= ts.recursionLimit) throw ops.recursionError("");
  if (code.nfreevars !== (closure?.length ?? 0)) {
    throw ops.systemError("code object run with a closure of the wrong length");
  }
  const builtins = builtinsFromGlobals(globals);
  const frame = ts.pushFrame(code, globals, builtins);
  frame.locals = locals;
  frame.isEntry = true;
  if (closure !== undefined) {
    // PyEval_EvalCodeEx: COPY_FREE_VARS takes the cells from the frame's function.
    const func = new PyFunction(
      code,
      globals,
      builtins,
      code.co_name,
      code.co_qualname,
      None,
      None,
    );
    func.closure = closure;
    frame.func = func;
  }
  return evalFrame(ts, frame);
}

/** globals() of the running frame (a fresh dict when no Python code runs). */
export function currentGlobals(): PyDict {
  const f = currentThread.frame;
  return f === null ? new PyDict() : f.globals;
}

/** locals() of the running frame: its locals mapping, or a snapshot of its fast locals. */
export function currentLocals(): PyValue {
  const f = currentThread.frame;
  if (f === null) return new PyDict();
  if (f.locals !== null && !(f.code.co_flags & CodeFlag.OPTIMIZED)) return f.locals;
  return frameLocals(getFrameObject(f));
}

/** exec()/eval() of a code object in `globals` and a locals mapping (None: the globals). */
export function execCode(
  code: PyValue,
  globals: PyDict,
  locals: PyValue,
  closure?: readonly PyCell[],
): PyValue {
  if (globals.getStr("__builtins__") === undefined) {
    globals.setStr("__builtins__", currentInterpreter!.builtins);
  }
  return runModuleCode(
    code as PyCode,
    globals,
    locals === None ? globals : locals as PyObject,
    closure,
  );
}
