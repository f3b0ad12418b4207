// The `sys` module: argv, path, modules, the frame and recursion machinery (_getframe,
// getrecursionlimit/setrecursionlimit, exc_info/exception), stdio, and version facts.
import { None, PyDict, PyFloat, PyObject, type PyValue } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple } from "../objects/tuple.ts";
import { makeFrozenSet } from "../objects/set.ts";
import { bindArgs, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { intMaxStrDigits } from "../objects/int.ts";
import { floatValue } from "../objects/float.ts";
import {
  PyBaseException,
  pyError,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_SystemExit,
} from "../objects/exceptions.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "./module_object.ts";
import { makeStructSeqType, newStructSeq } from "../objects/structseq.ts";
import { currentThread } from "./thread_state.ts";
import { getFrameObject } from "./frame_object.ts";
import { unraisableReport } from "./unraisable.ts";
import { currentInterpreter } from "./interpreter_state.ts";
import { builtinModuleNames, importState } from "./import.ts";
import { simpleNamespaceType } from "../objects/namespace.ts";
import * as ops from "./ops.ts";
import { formatException } from "./traceback_print.ts";

/** Where sys.stdout/stderr/stdin come from (the builtins layer's stdio objects). */
export const sysStdio: { stdout: PyValue; stderr: PyValue; stdin: PyValue } = {
  stdout: None,
  stderr: None,
  stdin: None,
};

export const sysState = { argv: [] as string[] };

function fn(name: string, f: (args: PyValue[], kw: readonly string[] | null) => PyValue) {
  return new PyBuiltinFunction(name, f, undefined, name, "sys");
}

function noKw(name: string, kw: readonly string[] | null) {
  if (kw !== null && kw.length > 0) throw ops.typeError(`${name}() takes no keyword arguments`);
}

export function sysGetFrame(depth: number): PyValue {
  let frame = currentThread.frame;
  for (let i = 0; i < depth && frame !== null; i++) frame = frame.previous;
  if (frame === null) throw ops.valueError("call stack is not deep enough");
  return getFrameObject(frame);
}

// sys.version_info: a struct sequence Python may not instantiate.
const versionInfoType = makeStructSeqType({
  name: "sys.version_info",
  fields: ["major", "minor", "micro", "releaselevel", "serial"],
  nVisible: 5,
  creatable: false,
  doc: "sys.version_info\n\nVersion information as a named tuple.",
});
const versionInfo = newStructSeq(versionInfoType, [3, 11, 7, "final", 0]);

// sys.float_info / int_info / hash_info: struct sequences of the build's numeric facts.
const floatInfo = newStructSeq(
  makeStructSeqType({
    name: "sys.float_info",
    fields: [
      "max",
      "max_exp",
      "max_10_exp",
      "min",
      "min_exp",
      "min_10_exp",
      "dig",
      "mant_dig",
      "epsilon",
      "radix",
      "rounds",
    ],
    nVisible: 11,
    creatable: false,
  }),
  [
    new PyFloat(Number.MAX_VALUE),
    1024,
    308,
    new PyFloat(2.2250738585072014e-308),
    -1021,
    -307,
    15,
    53,
    new PyFloat(Number.EPSILON),
    2,
    1,
  ],
);
const intInfo = newStructSeq(
  makeStructSeqType({
    name: "sys.int_info",
    fields: [
      "bits_per_digit",
      "sizeof_digit",
      "default_max_str_digits",
      "str_digits_check_threshold",
    ],
    nVisible: 4,
    creatable: false,
  }),
  [30, 4, 4300, 640],
);
const hashInfo = newStructSeq(
  makeStructSeqType({
    name: "sys.hash_info",
    fields: [
      "width",
      "modulus",
      "inf",
      "nan",
      "imag",
      "algorithm",
      "hash_bits",
      "seed_bits",
      "cutoff",
    ],
    nVisible: 9,
    creatable: false,
  }),
  [64, 2305843009213693951n, 314159, 0, 1000003, "siphash13", 64, 128, 0],
);

/** The running interpreter's sys module (rebound by interpreter_state.ts's `activate`). */
let sysModule: PyModule | null = null;

export function setSysModule(m: PyModule | null): void {
  sysModule = m;
}

/**
 * Flushes sys.stdout and sys.stderr, whatever objects they are (CPython's flush_std_files):
 * before the runtime writes a report of its own or gives control back.
 */
export function flushStdStreams(): void {
  if (sysModule === null) return;
  for (const name of ["stdout", "stderr"]) {
    const stream = sysModule.dict.getStr(name);
    if (stream === undefined || stream === None) continue;
    try {
      abs.callMethod(stream, "flush", []);
    } catch {
      // A closed or broken stream has nothing left to write.
    }
  }
}

const FLAG_FIELDS = [
  "debug",
  "inspect",
  "interactive",
  "optimize",
  "dont_write_bytecode",
  "no_user_site",
  "no_site",
  "ignore_environment",
  "verbose",
  "bytes_warning",
  "quiet",
  "hash_randomization",
  "isolated",
  "dev_mode",
  "utf8_mode",
  "warn_default_encoding",
  "safe_path",
  "int_max_str_digits",
];
const flagsType = makeStructSeqType({
  name: "sys.flags",
  fields: FLAG_FIELDS,
  nVisible: FLAG_FIELDS.length,
  creatable: false,
  doc: "sys.flags\n\nFlags provided through command line arguments or environment vars.",
});

/**
 * sys.flags. Coil starts as `python -S -X utf8` does (no site import, UTF-8 mode), with string
 * hashes that are not randomized; `set` holds the fields the command line gave.
 */
export function makeFlags(set: Record<string, PyValue>): PyValue {
  const values: Record<string, PyValue> = {
    no_site: 1,
    dev_mode: false,
    utf8_mode: 1,
    safe_path: false,
    int_max_str_digits: -1,
    ...set,
  };
  return newStructSeq(flagsType, FLAG_FIELDS.map((f) => values[f] ?? 0));
}

const threadInfo = newStructSeq(
  makeStructSeqType({
    name: "sys.thread_info",
    fields: ["name", "lock", "version"],
    nVisible: 3,
    creatable: false,
    doc: "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
  }),
  ["pthread", "semaphore", None],
);

/**
 * Writes text the runtime reports (tracebacks, unraisable exceptions) to sys.stderr, or to the
 * process's stderr when sys.stderr is missing or broken (as CPython falls back to fd 2).
 */
export function writeStderrText(text: string): void {
  const err = sysModule?.dict.getStr("stderr");
  if (err !== undefined && err !== None) {
    try {
      abs.callMethod(err, "write", [text]);
      abs.callMethod(err, "flush", []);
      return;
    } catch {
      // fall back to the process's stderr
    }
  }
  try {
    Deno.stderr.writeSync(new TextEncoder().encode(text));
  } catch {
    // nowhere left to report to
  }
}

/** sys.stdlib_module_names: the stdlib's top-level modules and the builtin ones. */
function stdlibModuleNames(): PyValue {
  const names = new Set(builtinModuleNames());
  const archive = importState.stdlib;
  for (const entry of archive?.list("") ?? []) {
    if (entry === "site-packages" || entry.startsWith("_pyodide") || entry === "pyodide") continue;
    if (entry.startsWith("_sysconfigdata")) continue;
    if (entry.endsWith(".py")) names.add(entry.slice(0, -3));
    else if (archive!.stat(`${entry}/__init__.py`) !== undefined) names.add(entry);
  }
  return makeFrozenSet([...names].sort());
}

/** The running interpreter's sys module, made on first use. */
export function getSysModule(): PyModule {
  if (sysModule !== null) return sysModule;
  const m = new PyModule("sys");
  sysModule = m;
  if (currentInterpreter !== null) currentInterpreter.sys = m;
  const d = m.dict;
  d.setStr("argv", new PyList(sysState.argv.slice()));
  d.setStr("path", importState.path);
  d.setStr("modules", importState.modules);
  d.setStr("stdout", sysStdio.stdout);
  d.setStr("stderr", sysStdio.stderr);
  d.setStr("stdin", sysStdio.stdin);
  d.setStr("__stdout__", sysStdio.stdout);
  d.setStr("__stderr__", sysStdio.stderr);
  d.setStr("__stdin__", sysStdio.stdin);
  d.setStr("maxsize", 9223372036854775807n);
  d.setStr("maxunicode", 0x10ffff);
  d.setStr("version", "3.11.7 (coil, Deno) [TypeScript]");
  d.setStr("version_info", versionInfo);
  d.setStr("hexversion", 0x030b07f0);
  d.setStr("platform", "linux");
  d.setStr("byteorder", "little");
  d.setStr("executable", "coil");
  for (const name of ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"]) {
    d.setStr(name, "/coil");
  }
  d.setStr("platlibdir", "lib");
  d.setStr("pycache_prefix", None);
  d.setStr("dont_write_bytecode", true);
  d.setStr("builtin_module_names", makeTuple(builtinModuleNames()));
  d.setStr("meta_path", new PyList([]));
  d.setStr("path_hooks", new PyList([]));
  d.setStr("path_importer_cache", new PyDict());
  const impl = simpleNamespaceType.allocate!(simpleNamespaceType) as PyObject;
  impl.dict!.setStr("name", "coil");
  impl.dict!.setStr("cache_tag", "coil-311");
  impl.dict!.setStr("version", versionInfo);
  impl.dict!.setStr("hexversion", 0x030b07f0);
  impl.dict!.setStr("_multiarch", "x86_64-linux-gnu");
  d.setStr("implementation", impl);
  d.setStr("flags", makeFlags({ dont_write_bytecode: 1 }));
  d.setStr("abiflags", "");
  d.setStr("float_info", floatInfo);
  d.setStr("int_info", intInfo);
  d.setStr("hash_info", hashInfo);

  d.setStr(
    "_getframe",
    fn("_getframe", (args, kw) => {
      noKw("_getframe", kw);
      if (args.length > 1) {
        throw ops.typeError(`_getframe expected at most 1 argument, got ${args.length}`);
      }
      const depth = args.length === 0 ? 0 : args[0];
      if (typeof depth !== "number" && typeof depth !== "boolean") {
        throw ops.typeError(`'${abs.typeName(depth)}' object cannot be interpreted as an integer`);
      }
      return sysGetFrame(Number(depth));
    }),
  );
  d.setStr(
    "get_int_max_str_digits",
    fn("get_int_max_str_digits", (args, kw) => {
      noKw("get_int_max_str_digits", kw);
      if (args.length !== 0) {
        throw ops.typeError(
          `get_int_max_str_digits() takes no arguments (${args.length} given)`,
        );
      }
      return intMaxStrDigits.limit;
    }),
  );
  d.setStr(
    "set_int_max_str_digits",
    fn("set_int_max_str_digits", (args, kw) => {
      const [n] = bindArgs("set_int_max_str_digits", args, kw, ["maxdigits"], 1);
      const v = abs.asIndex(n!);
      if (v !== 0 && v < 640) throw ops.valueError("maxdigits must be 0 or larger than 640");
      if (typeof v === "bigint") {
        throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
      }
      intMaxStrDigits.limit = v;
      return None;
    }),
  );
  d.setStr(
    "getrecursionlimit",
    fn("getrecursionlimit", () => currentThread.recursionLimit),
  );
  d.setStr(
    "setrecursionlimit",
    fn("setrecursionlimit", (args, kw) => {
      noKw("setrecursionlimit", kw);
      const n = args[0];
      if (typeof n !== "number") {
        throw ops.typeError(`'${abs.typeName(n)}' object cannot be interpreted as an integer`);
      }
      if (n < 1) throw ops.valueError("recursion limit must be greater or equal than 1");
      const depth = currentThread.depth;
      if (n <= depth) {
        throw pyError(
          PyExc_RecursionError,
          `cannot set the recursion limit to ${n} at the recursion depth ${depth}: the limit is too low`,
        );
      }
      currentThread.recursionLimit = n;
      return None;
    }),
  );
  d.setStr(
    "exc_info",
    fn("exc_info", () => {
      const e = currentThread.handledException();
      if (e === undefined || e === None) return makeTuple([None, None, None]);
      return makeTuple([ops.typeOf(e), e, ops.getTraceback(e)]);
    }),
  );
  d.setStr(
    "exception",
    fn("exception", () => currentThread.handledException() ?? None),
  );
  d.setStr(
    "exit",
    fn("exit", (args) => {
      const e = abs.call(PyExc_SystemExit, args.slice(0, 1), null) as PyBaseException;
      throw e;
    }),
  );
  // Coil has no line tracing or profiling: settrace/setprofile keep the function so that
  // gettrace/getprofile give it back (doctest and pdb save and restore it), but never call it.
  const hooks: { trace: PyValue; profile: PyValue } = { trace: None, profile: None };
  for (const kind of ["trace", "profile"] as const) {
    d.setStr(`get${kind}`, fn(`get${kind}`, () => hooks[kind]));
    d.setStr(
      `set${kind}`,
      fn(`set${kind}`, (args, kw) => {
        noKw(`set${kind}`, kw);
        if (args.length !== 1) {
          throw ops.typeError(`sys.set${kind}() takes exactly one argument (${args.length} given)`);
        }
        hooks[kind] = args[0];
        return None;
      }),
    );
  }
  // Coil switches threads only when one blocks; the interval is kept for code that saves and
  // restores it (test.support, threading tests).
  const switchInterval = { seconds: 0.005 };
  d.setStr("getswitchinterval", fn("getswitchinterval", () => new PyFloat(switchInterval.seconds)));
  d.setStr(
    "setswitchinterval",
    fn("setswitchinterval", (args, kw) => {
      noKw("sys.setswitchinterval", kw);
      const [interval] = bindArgs("setswitchinterval", args, kw, ["interval"], 1);
      const v = floatValue(interval!);
      if (v === undefined) {
        throw ops.typeError(`must be real number, not ${abs.typeName(interval!)}`);
      }
      if (!(v > 0)) throw ops.valueError("switch interval must be strictly positive");
      switchInterval.seconds = v;
      return None;
    }),
  );
  d.setStr("intern", fn("intern", (args) => args[0]));
  d.setStr("getdefaultencoding", fn("getdefaultencoding", () => "utf-8"));
  d.setStr("getfilesystemencoding", fn("getfilesystemencoding", () => "utf-8"));
  d.setStr("getfilesystemencodeerrors", fn("getfilesystemencodeerrors", () => "surrogateescape"));
  d.setStr("getsizeof", fn("getsizeof", () => 64));
  d.setStr("getrefcount", fn("getrefcount", () => 2));
  // Audit hooks (PEP 578), per interpreter: sys.audit calls each with (event, args).
  const auditHooks: PyValue[] = [];
  d.setStr(
    "addaudithook",
    fn("addaudithook", (args, kw) => {
      const [hook] = bindArgs("addaudithook", args, kw, ["hook"], 1);
      auditHooks.push(hook!);
      return None;
    }),
  );
  d.setStr(
    "audit",
    fn("audit", (args, kw) => {
      noKw("audit", kw);
      if (args.length === 0) {
        throw ops.typeError("audit() missing 1 required positional argument: 'event'");
      }
      if (typeof args[0] !== "string") {
        throw ops.typeError(`expected str for argument 'event', not ${abs.typeName(args[0])}`);
      }
      const event = makeTuple(args.slice(1));
      for (const hook of auditHooks) abs.call(hook, [args[0], event], null);
      return None;
    }),
  );
  // The default sys.displayhook (sys_displayhook): what interactive and "single"-mode code
  // (doctest) shows for an expression statement.
  const displayhook = fn("displayhook", (args, kw) => {
    noKw("displayhook", kw);
    if (args.length !== 1) {
      throw ops.typeError(`sys.displayhook() takes exactly one argument (${args.length} given)`);
    }
    const v = args[0];
    if (v === None) return None;
    const builtins = ops.builtinRefs.dict;
    builtins?.setStr("_", None);
    const stdout = d.getStr("stdout");
    if (stdout === undefined || stdout === None) {
      throw pyError(PyExc_RuntimeError, "lost sys.stdout");
    }
    abs.callMethod(stdout, "write", [abs.repr(v)]);
    abs.callMethod(stdout, "write", ["\n"]);
    builtins?.setStr("_", v);
    return None;
  });
  d.setStr("displayhook", displayhook);
  d.setStr("__displayhook__", displayhook);
  // threading reads sys.excepthook at import: CPython's default hook prints the report.
  const excepthook = fn("excepthook", (args) => {
    if (args.length !== 3) {
      throw ops.typeError(`excepthook expected 3 arguments, got ${args.length}`);
    }
    writeStderrText(formatException(args[1]));
    return None;
  });
  d.setStr("excepthook", excepthook);
  d.setStr("__excepthook__", excepthook);
  d.setStr("warnoptions", new PyList([]));
  d.setStr("_xoptions", new PyDict());
  d.setStr("orig_argv", new PyList(["coil", ...sysState.argv]));
  d.setStr("stdlib_module_names", stdlibModuleNames());
  d.setStr("float_repr_style", "short");
  d.setStr("api_version", 1013);
  d.setStr(
    "copyright",
    "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.",
  );
  d.setStr("thread_info", threadInfo);
  d.setStr("is_finalizing", fn("is_finalizing", () => false));
  d.setStr(
    "call_tracing",
    fn("call_tracing", (args) => abs.call(args[0], abs.iterateToArray(args[1]), null)),
  );
  d.setStr(
    "_current_frames",
    fn("_current_frames", () => {
      const frames = new PyDict();
      if (currentThread.frame !== null) frames.set(1, getFrameObject(currentThread.frame));
      return frames;
    }),
  );
  d.setStr("getallocatedblocks", fn("getallocatedblocks", () => 0));
  d.setStr(
    "get_coroutine_origin_tracking_depth",
    fn("get_coroutine_origin_tracking_depth", () => 0),
  );
  d.setStr(
    "set_coroutine_origin_tracking_depth",
    fn("set_coroutine_origin_tracking_depth", () => None),
  );
  const unraisablehook = fn("unraisablehook", (args) => {
    const u = args[0];
    const exc = abs.getAttrOrUndefined(u, "exc_value") ?? None;
    const obj = abs.getAttrOrUndefined(u, "object") ?? None;
    const errMsg = abs.getAttrOrUndefined(u, "err_msg") ?? None;
    if (exc !== None) writeStderrText(unraisableReport(exc, obj, errMsg));
    return None;
  });
  d.setStr("unraisablehook", unraisablehook);
  d.setStr("__unraisablehook__", unraisablehook);
  const breakpointhook = fn("breakpointhook", () => None);
  d.setStr("breakpointhook", breakpointhook);
  d.setStr("__breakpointhook__", breakpointhook);
  return m;
}
