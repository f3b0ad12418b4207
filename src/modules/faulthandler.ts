// faulthandler (CPython's Modules/faulthandler.c): dump the Python stack to a file descriptor.
// dump_traceback writes the running thread's frames as CPython does. Coil has no fatal signals
// to catch and no watchdog thread that could interrupt running Python code, so enable(),
// dump_traceback_later() and register() validate their arguments and keep the settings (so
// is_enabled()/disable()/cancel_dump_traceback_later() answer as CPython's would) but never
// fire: code such as test.support.threading_helper that imports the module and arms it works.
import { None, PyFloat, type PyValue } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { bindArgs, type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { PyBytes } from "../objects/bytes.ts";
import { intValue } from "../objects/int.ts";
import { PyModule } from "../runtime/module_object.ts";
import { importModuleByName } from "../runtime/import.ts";
import { getSysModule } from "../runtime/sys_module.ts";
import { currentThread } from "../runtime/thread_state.ts";
import { getFrameObject } from "../runtime/frame_object.ts";
import * as ops from "../runtime/ops.ts";

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "faulthandler");
}

/**
 * faulthandler_get_fileno: an int is a descriptor; None (or a missing argument) is sys.stderr;
 * a file object is flushed and gives its fileno().
 */
function fileDescriptor(file: PyValue | undefined): number {
  if (file === undefined || file === None) {
    file = getSysModule().dict.getStr("stderr");
    if (file === undefined || file === None) throw ops.runtimeError("sys.stderr is None");
  }
  const direct = intValue(file);
  if (direct !== undefined && typeof file !== "boolean") {
    if (typeof direct === "bigint" || direct < 0) {
      throw ops.valueError("file is not a valid file descripter");
    }
    return direct;
  }
  const fd = intValue(abs.callMethod(file, "fileno", []));
  if (fd === undefined || typeof fd === "bigint" || fd < 0) {
    throw ops.valueError("file is not a valid file descripter");
  }
  // The dump goes to the descriptor directly: what the file object buffered must come first.
  if (abs.getAttrOrUndefined(file, "flush") !== undefined) abs.callMethod(file, "flush", []);
  return fd;
}

/** The running thread's frames, newest first, in traceback.c's dump_frame format. */
function formatStack(allThreads: boolean): string {
  let header = "Stack (most recent call first):\n";
  if (allThreads) {
    const ident = abs.callMethod(importModuleByName("_thread"), "get_ident", []);
    const hex = BigInt(intValue(ident) ?? 0).toString(16).padStart(16, "0");
    header = `Current thread 0x${hex} (most recent call first):\n`;
  }
  let out = header;
  let frame: PyValue = currentThread.frame === null ? None : getFrameObject(currentThread.frame);
  while (frame !== None) {
    const code = abs.getAttr(frame, "f_code");
    const filename = abs.getAttr(code, "co_filename");
    const lineno = abs.getAttr(frame, "f_lineno");
    const name = abs.getAttr(code, "co_name");
    out += `  File "${abs.str(filename)}", line ${lineno === None ? "???" : abs.str(lineno)} in ${
      abs.str(name)
    }\n`;
    frame = abs.getAttr(frame, "f_back");
  }
  return out;
}

function writeToFd(fd: number, text: string): void {
  const write = abs.getAttr(importModuleByName("posix"), "write");
  abs.call(write, [fd, new PyBytes(new TextEncoder().encode(text))], null);
}

/** dump_traceback_later's timeout: seconds as a float, strictly positive. */
function timeoutSeconds(v: PyValue): number {
  const seconds = v instanceof PyFloat ? v.value : intValue(v);
  if (seconds === undefined) {
    throw ops.typeError(`'${abs.typeName(v)}' object cannot be interpreted as an integer`);
  }
  if (Number(seconds) <= 0) throw ops.valueError("timeout must be greater than 0");
  return Number(seconds);
}

export function createModule(): PyModule {
  const m = new PyModule("faulthandler");
  const d = m.dict;
  d.setStr("__doc__", "faulthandler module.");
  const state = {
    enabled: false,
    later: null as { timeout: number; fd: number } | null,
    registered: new Map<number, number>(),
  };

  d.setStr(
    "enable",
    fn("enable", (args, kw) => {
      const [file, allThreads] = bindArgs("enable", args, kw, ["file", "all_threads"], 0);
      fileDescriptor(file);
      if (allThreads !== undefined) abs.isTrue(allThreads);
      state.enabled = true;
      return None;
    }),
  );
  d.setStr(
    "disable",
    fn("disable", (args, kw) => {
      bindArgs("disable", args, kw, [], 0);
      const was = state.enabled;
      state.enabled = false;
      return was;
    }),
  );
  d.setStr(
    "is_enabled",
    fn("is_enabled", (args, kw) => {
      bindArgs("is_enabled", args, kw, [], 0);
      return state.enabled;
    }),
  );
  d.setStr(
    "dump_traceback",
    fn("dump_traceback", (args, kw) => {
      const [file, allThreads] = bindArgs("dump_traceback", args, kw, ["file", "all_threads"], 0);
      const fd = fileDescriptor(file);
      writeToFd(fd, formatStack(allThreads === undefined || abs.isTrue(allThreads)));
      return None;
    }),
  );
  d.setStr(
    "dump_traceback_later",
    fn("dump_traceback_later", (args, kw) => {
      const [timeout, repeat, file, exit] = bindArgs(
        "dump_traceback_later",
        args,
        kw,
        ["timeout", "repeat", "file", "exit"],
        1,
      );
      const seconds = timeoutSeconds(timeout!);
      const fd = fileDescriptor(file);
      if (repeat !== undefined) abs.isTrue(repeat);
      if (exit !== undefined) abs.isTrue(exit);
      state.later = { timeout: seconds, fd };
      return None;
    }),
  );
  d.setStr(
    "cancel_dump_traceback_later",
    fn("cancel_dump_traceback_later", (args, kw) => {
      bindArgs("cancel_dump_traceback_later", args, kw, [], 0);
      state.later = null;
      return None;
    }),
  );
  d.setStr(
    "register",
    fn("register", (args, kw) => {
      const [signum, file] = bindArgs(
        "register",
        args,
        kw,
        ["signum", "file", "all_threads", "chain"],
        1,
      );
      const n = intValue(abs.asIndex(signum!));
      if (typeof n !== "number" || n < 1 || n >= 65) {
        throw ops.valueError("signal number out of range");
      }
      state.registered.set(n, fileDescriptor(file));
      return None;
    }),
  );
  d.setStr(
    "unregister",
    fn("unregister", (args, kw) => {
      const [signum] = bindArgs("unregister", args, kw, ["signum"], 1);
      const n = intValue(abs.asIndex(signum!));
      if (typeof n !== "number" || n < 1 || n >= 65) {
        throw ops.valueError("signal number out of range");
      }
      return state.registered.delete(n);
    }),
  );
  return m;
}
