// _thread: locks, thread identity and thread-local data (CPython's Modules/_threadmodule.c).
//
// Coil runs Python on one JavaScript thread (docs/threads.md). `start_new_thread(f, args)`
// runs f(*args) to completion right away, as a thread of its own: it gets its own ident,
// its own `_local` attributes and an empty contextvars context, and the locks `_set_sentinel`
// gave it are released when it ends, so threading's start()/join() work. Nothing else can run
// while a thread waits, so acquiring a lock held by a thread that cannot run again:
//   * with blocking=False returns False, with a timeout sleeps the timeout and returns False
//     (what CPython does when no other thread releases it in time);
//   * with no timeout would wait forever (a deadlock in CPython): Coil raises RuntimeError.
import {
  None,
  objectType,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import { PyDict } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  bindArgs,
  checkArgs,
  defineMethods,
  defineNew,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import {
  isBaseException,
  pyError,
  PyExc_AttributeError,
  PyExc_KeyboardInterrupt,
  PyExc_OverflowError,
  PyExc_RuntimeError,
  PyExc_SystemExit,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { makeStructSeqType } from "../objects/structseq.ts";
import { PyModule } from "../runtime/module_object.ts";
import { currentThread } from "../runtime/thread_state.ts";
import { importState } from "../runtime/import.ts";
import { formatException } from "../runtime/traceback_print.ts";
import { flushStdio } from "./_io/stdstreams.ts";
import { stdio } from "./_io/sinks.ts";
import * as ops from "../runtime/ops.ts";

/** CPython's PY_TIMEOUT_MAX / 1e6 on 64-bit Linux, as threading reads it. */
const TIMEOUT_MAX = 9223372036.0;

// ---- Threads ----------------------------------------------------------------------------------

/** A Python thread: the main one, or one running inside start_new_thread. */
interface ThreadRecord {
  readonly ident: number;
  readonly nativeId: number;
  /** Locks from _set_sentinel, released when the thread ends. */
  sentinels: PyLock[];
}

function mainNativeId(): number {
  try {
    return Deno.pid;
  } catch {
    return 1;
  }
}

/**
 * The running thread. This is thread state (like the runtime's `currentThread`), not module
 * state: every lock and `_local` reads it, whichever interpreter module object made them.
 */
const threads: { current: ThreadRecord; nextIdent: number; running: number } = {
  current: { ident: 0x7f3a5c1b2740, nativeId: mainNativeId(), sentinels: [] },
  nextIdent: 0x7f3a5b000640,
  running: 0,
};

export function getIdent(): number {
  return threads.current.ident;
}

/** Sleeps `seconds` without returning to the event loop (a timed lock wait). */
function sleepSeconds(seconds: number): void {
  const until = performance.now() + seconds * 1000;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (performance.now() < until) Atomics.wait(cell, 0, 0, until - performance.now());
}

function toSeconds(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  const f = abs.call(ops.builtin("float"), [v], null);
  return (f as PyFloat).value;
}

/** CPython's lock_acquire_parse_args: (blocking, timeout) as a timeout in seconds (-1: none). */
function acquireArgs(
  fname: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
): number {
  const [blockingArg, timeoutArg] = bindArgs(fname, args, kwnames, ["blocking", "timeout"], 0, 1);
  const blocking = blockingArg === undefined ? true : abs.isTrue(blockingArg);
  let timeout = timeoutArg === undefined ? -1 : toSeconds(timeoutArg);
  if (!blocking && timeout !== -1) {
    throw pyError(PyExc_ValueError, "can't specify a timeout for a non-blocking call");
  }
  if (timeout < 0 && timeout !== -1) {
    throw pyError(PyExc_ValueError, "timeout value must be positive");
  }
  if (!blocking) timeout = 0;
  else if (timeout > TIMEOUT_MAX) {
    throw pyError(PyExc_OverflowError, "timestamp out of range for platform time_t");
  }
  return timeout;
}

/** Waits for a lock no running code can release: sleeps a timeout, refuses to wait forever. */
function waitUnavailable(what: string, timeout: number): false {
  if (timeout < 0) {
    throw pyError(
      PyExc_RuntimeError,
      `deadlock: acquiring a ${what} that no other thread can release ` +
        "(Coil runs one thread at a time; see docs/threads.md)",
    );
  }
  if (timeout > 0) sleepSeconds(timeout);
  return false;
}

function hexId(v: PyValue): string {
  return `0x${abs.id(v).toString(16)}`;
}

// ---- lock -------------------------------------------------------------------------------------

export class PyLock extends PyObject {
  locked = false;
}

export const lockType: PyType = new PyType(typeType, "_thread.lock", [objectType]);
lockType.qualname = "lock";
lockType.isFinal = true;
lockType.dict.setStr("__module__", "_thread");
defineNew(lockType, (cls) => {
  throw ops.typeError(`cannot create '${cls.name}' instances`);
});

function lockAcquire(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const lock = args[0] as PyLock;
  const timeout = acquireArgs("acquire", args, kwnames);
  if (!lock.locked) {
    lock.locked = true;
    return true;
  }
  return waitUnavailable("lock", timeout);
}

function lockRelease(args: PyValue[]): PyValue {
  const lock = args[0] as PyLock;
  if (!lock.locked) throw pyError(PyExc_RuntimeError, "release unlocked lock");
  lock.locked = false;
  return None;
}

const lockMethods: Record<string, NativeFn> = {
  acquire: lockAcquire,
  acquire_lock: lockAcquire,
  release: (args, kw) => {
    checkArgs("release", args, kw, 0, 0, 1);
    return lockRelease(args);
  },
  release_lock: (args, kw) => {
    checkArgs("release_lock", args, kw, 0, 0, 1);
    return lockRelease(args);
  },
  locked: (args) => (args[0] as PyLock).locked,
  locked_lock: (args) => (args[0] as PyLock).locked,
  __enter__: lockAcquire,
  __exit__: (args) => lockRelease(args),
  _at_fork_reinit(args) {
    (args[0] as PyLock).locked = false;
    return None;
  },
  __repr__(args) {
    const lock = args[0] as PyLock;
    return `<${lock.locked ? "locked" : "unlocked"} _thread.lock object at ${hexId(lock)}>`;
  },
};
defineMethods(lockType, lockMethods);

function newLock(): PyLock {
  return new PyLock(lockType);
}

// ---- RLock ------------------------------------------------------------------------------------

export class PyRLock extends PyObject {
  owner = 0;
  count = 0;
}

export const rlockType: PyType = new PyType(typeType, "_thread.RLock", [objectType]);
rlockType.qualname = "RLock";
rlockType.dict.setStr("__module__", "_thread");
rlockType.allocate = (cls) => new PyRLock(cls);
defineNew(rlockType, (cls) => new PyRLock(cls));

function rlockAcquire(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const lock = args[0] as PyRLock;
  const timeout = acquireArgs("acquire", args, kwnames);
  const me = getIdent();
  if (lock.count > 0 && lock.owner === me) {
    lock.count++;
    return true;
  }
  if (lock.count === 0) {
    lock.owner = me;
    lock.count = 1;
    return true;
  }
  return waitUnavailable("lock", timeout);
}

function rlockRelease(args: PyValue[]): PyValue {
  const lock = args[0] as PyRLock;
  if (lock.count === 0 || lock.owner !== getIdent()) {
    throw pyError(PyExc_RuntimeError, "cannot release un-acquired lock");
  }
  if (--lock.count === 0) lock.owner = 0;
  return None;
}

defineMethods(rlockType, {
  __init__: () => None,
  acquire: rlockAcquire,
  __enter__: rlockAcquire,
  release: (args, kw) => {
    checkArgs("release", args, kw, 0, 0, 1);
    return rlockRelease(args);
  },
  __exit__: (args) => rlockRelease(args),
  _is_owned: (args) => {
    const lock = args[0] as PyRLock;
    return lock.count > 0 && lock.owner === getIdent();
  },
  _recursion_count: (args) => {
    const lock = args[0] as PyRLock;
    return lock.owner === getIdent() ? lock.count : 0;
  },
  _release_save(args) {
    const lock = args[0] as PyRLock;
    if (lock.count === 0) throw pyError(PyExc_RuntimeError, "cannot release un-acquired lock");
    const state = makeTuple([lock.count, lock.owner]);
    lock.count = 0;
    lock.owner = 0;
    return state;
  },
  _acquire_restore(args, kw) {
    checkArgs("_acquire_restore", args, kw, 1, 1, 1);
    const lock = args[0] as PyRLock;
    const state = args[1];
    if (!(state instanceof PyTuple) || state.items.length !== 2) {
      throw ops.typeError("_acquire_restore() argument must be a (count, owner) tuple");
    }
    if (lock.count > 0 && lock.owner !== getIdent()) waitUnavailable("lock", -1);
    lock.count = abs.asSize(state.items[0]);
    lock.owner = abs.asSize(state.items[1]);
    return None;
  },
  _at_fork_reinit(args) {
    const lock = args[0] as PyRLock;
    lock.count = 0;
    lock.owner = 0;
    return None;
  },
  __repr__(args) {
    const lock = args[0] as PyRLock;
    const cls = typeOf(lock);
    const mod = cls.isHeapType ? abs.str(cls.dict.getStr("__module__") ?? "?") : "_thread";
    return `<${
      lock.count > 0 ? "locked" : "unlocked"
    } ${mod}.${cls.qualname} object owner=${lock.owner} count=${lock.count} at ${hexId(lock)}>`;
  },
});

// ---- _local -----------------------------------------------------------------------------------

/** A thread-local object: one attribute dict per thread, made on first use in that thread. */
export class PyLocal extends PyObject {
  /** Attribute dicts by thread ident (the current thread's is also `dict`). */
  readonly dicts = new Map<number, PyDict>();
  dictIdent: number;
  initArgs: PyValue[] = [];
  initKwnames: readonly string[] | null = null;
  constructor(cls: PyType) {
    super(cls);
    this.dictIdent = getIdent();
    this.dict = new PyDict();
    this.dicts.set(this.dictIdent, this.dict);
  }
}

export const localType: PyType = new PyType(typeType, "_thread._local", [objectType]);
localType.qualname = "_local";
localType.dict.setStr("__module__", "_thread");
localType.dict.setStr("__doc__", "Thread-local data");
localType.allocate = (cls) => new PyLocal(cls);
localType.instancesHaveDict = true;

let objectInit: PyValue | undefined;

defineNew(localType, (cls, args, kwnames) => {
  objectInit ??= objectType.dict.getStr("__init__");
  if (args.length > 0) {
    const init = cls.mro.map((c) => c.dict.getStr("__init__")).find((f) => f !== undefined);
    if (init === objectInit) throw ops.typeError("Initialization arguments are not supported");
  }
  const o = new PyLocal(cls);
  o.initArgs = args.slice();
  o.initKwnames = kwnames;
  return o;
});

/** Installs the current thread's dict as `local.dict` (running __init__ for a new thread). */
function localDict(local: PyLocal): void {
  const me = getIdent();
  if (local.dictIdent === me) return;
  let d = local.dicts.get(me);
  local.dictIdent = me;
  if (d !== undefined) {
    local.dict = d;
    return;
  }
  d = new PyDict();
  local.dicts.set(me, d);
  local.dict = d;
  const init = abs.lookupSpecial(local, "__init__");
  objectInit ??= objectType.dict.getStr("__init__");
  if (init !== undefined && typeOf(local) !== localType) {
    abs.call(init, local.initArgs, local.initKwnames);
  }
}

defineMethods(localType, {
  __getattribute__(args) {
    const local = args[0] as PyLocal;
    localDict(local);
    if (args[1] === "__dict__") return local.dict!;
    return abs.genericGetAttr(local, args[1] as string, false)!;
  },
  __setattr__(args) {
    const local = args[0] as PyLocal;
    if (args[1] === "__dict__") {
      throw pyError(
        PyExc_AttributeError,
        `'${typeOf(local).name}' object attribute '__dict__' is read-only`,
      );
    }
    localDict(local);
    abs.genericSetAttr(local, args[1] as string, args[2]);
    return None;
  },
  __delattr__(args) {
    const local = args[0] as PyLocal;
    localDict(local);
    abs.genericSetAttr(local, args[1] as string, undefined);
    return None;
  },
});

// ---- start_new_thread -------------------------------------------------------------------------

function writeStderr(text: string): void {
  flushStdio();
  const sys = importState.modules.getStr("sys");
  const err = sys instanceof PyModule ? sys.dict.getStr("stderr") : undefined;
  if (err !== undefined && err !== None) {
    try {
      abs.callMethod(err, "write", [text]);
      return;
    } catch {
      // fall back to the process's stderr
    }
  }
  stdio.writeStderr(text);
}

function isSystemExit(e: unknown): boolean {
  return isBaseException(e) && e.cls.mro.includes(PyExc_SystemExit);
}

/** Runs f(*args, **kwargs) as a new thread, to completion (see the file comment). */
function runThread(func: PyValue, args: PyTuple, kwargs: PyValue): number {
  const record: ThreadRecord = {
    ident: threads.nextIdent,
    nativeId: threads.current.nativeId + 1 + threads.running,
    sentinels: [],
  };
  threads.nextIdent += 0x801000;
  const saved = threads.current;
  const savedContext = currentThread.context;
  threads.current = record;
  currentThread.context = null;
  threads.running++;
  try {
    if (kwargs === None) abs.call(func, args.items.slice(), null);
    else {
      const names: string[] = [];
      const values: PyValue[] = args.items.slice();
      for (const k of abs.iterateToArray(kwargs)) {
        names.push(k as string);
        values.push(abs.getItem(kwargs, k));
      }
      abs.call(func, values, names);
    }
  } catch (e) {
    if (!isSystemExit(e)) {
      const exc = ops.toPyException(e);
      let text = "Exception ignored in thread started by: ";
      try {
        text += abs.repr(func) + "\n";
      } catch {
        text += "<object repr() failed>\n";
      }
      writeStderr(text + formatException(exc));
    }
  } finally {
    threads.running--;
    threads.current = saved;
    currentThread.context = savedContext;
    for (const lock of record.sentinels) lock.locked = false;
  }
  return record.ident;
}

// ---- _excepthook --------------------------------------------------------------------------------

const exceptHookArgsType = makeStructSeqType({
  name: "_thread._ExceptHookArgs",
  fields: ["exc_type", "exc_value", "exc_traceback", "thread"],
  nVisible: 4,
  doc: "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
});

function excepthook(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs("_excepthook", args, kwnames, 1, 1);
  const hookArgs = args[0];
  if (!(hookArgs instanceof PyTuple) || typeOf(hookArgs) !== exceptHookArgsType) {
    throw ops.typeError("_thread._excepthook argument type must be ExceptHookArgs");
  }
  const [excType, excValue, , thread] = hookArgs.items;
  if (excType instanceof PyType && excType.mro.includes(PyExc_SystemExit)) return None;
  let name: string;
  const threadName = thread === None ? undefined : abs.getAttrOrUndefined(thread, "name");
  if (threadName !== undefined && threadName !== None) name = abs.str(threadName);
  else name = String(getIdent());
  let text = `Exception in thread ${name}:\n`;
  text += excValue === None ? `${abs.str(excType)}\n` : formatException(excValue);
  writeStderr(text);
  return None;
}

// ---- The module ---------------------------------------------------------------------------------

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "_thread");
}

export function createModule(): PyModule {
  const m = new PyModule("_thread");
  const d = m.dict;
  const state = { stackSize: 0 };
  d.setStr(
    "__doc__",
    "This module provides primitive operations to write multi-threaded programs.\n" +
      "The 'threading' module provides a more convenient interface.",
  );
  d.setStr("LockType", lockType);
  d.setStr("RLock", rlockType);
  d.setStr("_local", localType);
  d.setStr("_ExceptHookArgs", exceptHookArgsType);
  d.setStr("TIMEOUT_MAX", new PyFloat(TIMEOUT_MAX));
  d.setStr("error", PyExc_RuntimeError);
  const allocate = fn("allocate_lock", (args, kw) => {
    checkArgs("allocate_lock", args, kw, 0, 0);
    return newLock();
  });
  d.setStr("allocate_lock", allocate);
  d.setStr(
    "allocate",
    fn("allocate", (args, kw) => {
      checkArgs("allocate", args, kw, 0, 0);
      return newLock();
    }),
  );
  d.setStr("get_ident", fn("get_ident", () => getIdent()));
  d.setStr("get_native_id", fn("get_native_id", () => threads.current.nativeId));
  d.setStr("_count", fn("_count", () => threads.running));
  d.setStr("daemon_threads_allowed", fn("daemon_threads_allowed", () => true));
  const startNew = (fname: string): NativeFn => (args, kw) => {
    checkArgs(fname, args, kw, 2, 3);
    const [func, fargs] = args;
    const kwargs = args.length > 2 ? args[2] : None;
    if (!abs.isCallable(func)) throw ops.typeError("first arg must be callable");
    if (!(fargs instanceof PyTuple)) throw ops.typeError("2nd arg must be a tuple");
    if (kwargs !== None && !(kwargs instanceof PyDict)) {
      throw ops.typeError("optional 3rd arg must be a dictionary");
    }
    return runThread(func, fargs, kwargs);
  };
  d.setStr("start_new_thread", fn("start_new_thread", startNew("start_new_thread")));
  d.setStr("start_new", fn("start_new", startNew("start_new")));
  const exit = fn("exit", () => {
    throw pyError(PyExc_SystemExit);
  });
  d.setStr("exit", exit);
  d.setStr(
    "exit_thread",
    fn("exit_thread", () => {
      throw pyError(PyExc_SystemExit);
    }),
  );
  d.setStr(
    "_set_sentinel",
    fn("_set_sentinel", (args, kw) => {
      checkArgs("_set_sentinel", args, kw, 0, 0);
      const lock = newLock();
      // The main thread never ends while Python runs: its sentinel is never released.
      if (threads.running > 0) threads.current.sentinels.push(lock);
      return lock;
    }),
  );
  d.setStr(
    "stack_size",
    fn("stack_size", (args, kw) => {
      checkArgs("stack_size", args, kw, 0, 1);
      const old = state.stackSize;
      if (args.length === 1) {
        const size = abs.asSize(args[0]);
        if (size < 0) throw pyError(PyExc_ValueError, "size must be 0 or a positive value");
        if (size !== 0 && size < 32768) {
          throw pyError(PyExc_ValueError, `size not valid: ${size} bytes`);
        }
        state.stackSize = size;
      }
      return old;
    }),
  );
  d.setStr(
    "interrupt_main",
    fn("interrupt_main", (args, kw) => {
      const [signumArg] = bindArgs("interrupt_main", args, kw, ["signum"]);
      const signum = signumArg === undefined ? 2 : abs.asSize(signumArg);
      if (signum < 1 || signum >= 65) throw pyError(PyExc_ValueError, "signal number out of range");
      // The signal arrives at once: its Python handler runs (default_int_handler raises
      // KeyboardInterrupt); SIG_DFL and SIG_IGN do nothing, as CPython documents.
      const signal = importState.modules.getStr("_signal");
      const handler = signal instanceof PyModule
        ? abs.callMethod(signal, "getsignal", [signum])
        : signum === 2
        ? undefined
        : None;
      if (handler === undefined) throw pyError(PyExc_KeyboardInterrupt);
      if (handler !== None && abs.isCallable(handler)) abs.call(handler, [signum, None], null);
      return None;
    }),
  );
  d.setStr("_excepthook", fn("_excepthook", excepthook));
  return m;
}
