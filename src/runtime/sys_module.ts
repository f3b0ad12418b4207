// The `sys` module: argv, path, modules, the frame and recursion machinery (_getframe,
// getrecursionlimit/setrecursionlimit, exc_info/exception), stdio, and version facts.
import { None, PyDict, PyType, type PyValue, typeType } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple, PyTuple, tupleType } from "../objects/tuple.ts";
import {
  bindArgs,
  defineGetter,
  defineMethods,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { intMaxStrDigits } from "../objects/int.ts";
import {
  PyBaseException,
  pyError,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_SystemExit,
} from "../objects/exceptions.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "./module_object.ts";
import { currentThread } from "./thread_state.ts";
import { getFrameObject } from "./frame_object.ts";
import { importState, registerBuiltinModule } from "./import.ts";
import * as ops from "./ops.ts";

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

// sys.version_info: a tuple subclass with named fields (a struct sequence).
const versionInfoType = new PyType(typeType, "version_info", [tupleType]);
versionInfoType.qualname = "version_info";
const VERSION_FIELDS = ["major", "minor", "micro", "releaselevel", "serial"];
VERSION_FIELDS.forEach((name, i) => {
  defineGetter(versionInfoType, name, (v) => (v as PyTuple).items[i]);
});
defineMethods(versionInfoType, {
  __repr__(args) {
    const items = (args[0] as PyTuple).items;
    return `sys.version_info(${
      VERSION_FIELDS.map((f, i) => `${f}=${abs.repr(items[i])}`).join(", ")
    })`;
  },
});
const versionInfo = new PyTuple([3, 11, 7, "final", 0], versionInfoType);

let sysModule: PyModule | null = null;

export function getSysModule(): PyModule {
  if (sysModule !== null) return sysModule;
  const m = new PyModule("sys");
  sysModule = m;
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
  d.setStr("prefix", "");
  d.setStr("dont_write_bytecode", true);
  d.setStr("builtin_module_names", makeTuple(["builtins", "sys"]));
  const impl = new PyModule("namespace");
  impl.dict.setStr("name", "coil");
  impl.dict.setStr("cache_tag", None);
  impl.dict.setStr("version", versionInfo);
  d.setStr("implementation", impl);
  const flags = new PyModule("flags");
  for (const f of ["debug", "inspect", "interactive", "optimize", "verbose", "quiet", "isolated"]) {
    flags.dict.setStr(f, 0);
  }
  flags.dict.setStr("dont_write_bytecode", 1);
  flags.dict.setStr("dev_mode", false);
  flags.dict.setStr("utf8_mode", 0);
  d.setStr("flags", flags);

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
  d.setStr("intern", fn("intern", (args) => args[0]));
  d.setStr("getdefaultencoding", fn("getdefaultencoding", () => "utf-8"));
  d.setStr("getfilesystemencoding", fn("getfilesystemencoding", () => "utf-8"));
  d.setStr("getsizeof", fn("getsizeof", () => 64));
  d.setStr("getrefcount", fn("getrefcount", () => 2));
  d.setStr("audit", fn("audit", () => None));
  d.setStr("displayhook", None);
  d.setStr("excepthook", None);
  d.setStr("warnoptions", new PyList([]));
  d.setStr("_xoptions", new PyDict());
  return m;
}

registerBuiltinModule("sys", getSysModule);
