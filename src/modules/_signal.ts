// _signal: signal numbers and Python-level handler bookkeeping (CPython's
// Modules/signalmodule.c), Linux values. signal()/getsignal() keep the handler table of
// src/runtime/signals.ts, whose handlers the eval loop runs when a signal trips. Only the `coil`
// command listens for an OS signal, and only for SIGINT (src/cli.ts): a handler set for another
// signal runs only through raise_signal(), which runs it synchronously. alarm, pause, setitimer
// and the sigwait family need more OS signal delivery: they raise OSError(ENOSYS).
import { None, PyDict, PyFloat, type PyType, type PyValue, typeType } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import {
  bindArgs,
  checkArgs,
  type NativeFn,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { osError, pyError, PyExc_OSError, PyExc_ValueError } from "../objects/exceptions.ts";
import { makeSet } from "../objects/set.ts";
import { makeTuple } from "../objects/tuple.ts";
import { PyModule } from "../runtime/module_object.ts";
import { flushStdio } from "./_io/stdstreams.ts";
import {
  getDefaultIntHandler,
  NSIG,
  SIG_DFL,
  SIG_IGN,
  signalHandlers,
} from "../runtime/signals.ts";
import { currentThread } from "../runtime/thread_state.ts";
import { getFrameObject } from "../runtime/frame_object.ts";
import * as ops from "../runtime/ops.ts";

const SIGNALS: Record<string, number> = {
  SIGHUP: 1,
  SIGINT: 2,
  SIGQUIT: 3,
  SIGILL: 4,
  SIGTRAP: 5,
  SIGABRT: 6,
  SIGIOT: 6,
  SIGBUS: 7,
  SIGFPE: 8,
  SIGKILL: 9,
  SIGUSR1: 10,
  SIGSEGV: 11,
  SIGUSR2: 12,
  SIGPIPE: 13,
  SIGALRM: 14,
  SIGTERM: 15,
  SIGSTKFLT: 16,
  SIGCHLD: 17,
  SIGCLD: 17,
  SIGCONT: 18,
  SIGSTOP: 19,
  SIGTSTP: 20,
  SIGTTIN: 21,
  SIGTTOU: 22,
  SIGURG: 23,
  SIGXCPU: 24,
  SIGXFSZ: 25,
  SIGVTALRM: 26,
  SIGPROF: 27,
  SIGWINCH: 28,
  SIGIO: 29,
  SIGPOLL: 29,
  SIGPWR: 30,
  SIGSYS: 31,
  SIGRTMIN: 34,
  SIGRTMAX: 64,
};

/** glibc's strsignal() texts for 1..31. */
const DESCRIPTIONS = [
  "",
  "Hangup",
  "Interrupt",
  "Quit",
  "Illegal instruction",
  "Trace/breakpoint trap",
  "Aborted",
  "Bus error",
  "Floating point exception",
  "Killed",
  "User defined signal 1",
  "Segmentation fault",
  "User defined signal 2",
  "Broken pipe",
  "Alarm clock",
  "Terminated",
  "Stack fault",
  "Child exited",
  "Continued",
  "Stopped (signal)",
  "Stopped",
  "Stopped (tty input)",
  "Stopped (tty output)",
  "Urgent I/O condition",
  "CPU time limit exceeded",
  "File size limit exceeded",
  "Virtual timer expired",
  "Profiling timer expired",
  "Window changed",
  "I/O possible",
  "Power failure",
  "Bad system call",
];

/** Signals whose default action is to do nothing (SIG_DFL for them ignores a raise). */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);
/** Signals whose default action stops the process (Coil does not stop itself). */
const DEFAULT_STOP = new Set([19, 20, 21, 22]);

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "_signal");
}

function enosys(): never {
  throw osError(PyExc_OSError, 38, "Function not implemented");
}

function signalNumber(v: PyValue): number {
  const n = abs.asSize(v);
  if (n < 1 || n >= NSIG) throw pyError(PyExc_ValueError, "signal number out of range");
  return n;
}

export function createModule(): PyModule {
  const m = new PyModule("_signal");
  const d = m.dict;
  d.setStr("__doc__", "This module provides mechanisms to use signal handlers in Python.");
  const defaultIntHandler = getDefaultIntHandler();
  const handlers = signalHandlers;
  const state = { wakeupFd: -1, mask: new Set<number>() };

  d.setStr("default_int_handler", defaultIntHandler);
  d.setStr("SIG_DFL", SIG_DFL);
  d.setStr("SIG_IGN", SIG_IGN);
  d.setStr("NSIG", NSIG);
  for (const name in SIGNALS) d.setStr(name, SIGNALS[name]);
  d.setStr("SIG_BLOCK", 0);
  d.setStr("SIG_UNBLOCK", 1);
  d.setStr("SIG_SETMASK", 2);
  d.setStr("ITIMER_REAL", 0);
  d.setStr("ITIMER_VIRTUAL", 1);
  d.setStr("ITIMER_PROF", 2);
  // PyErr_NewException("signal.itimer_error", OSError): a class made as `class` would.
  const ns = new PyDict();
  ns.setStr("__module__", "signal");
  const itimerError = abs.call(
    typeType,
    ["itimer_error", makeTuple([PyExc_OSError]), ns],
    null,
  ) as PyType;
  d.setStr("ItimerError", itimerError);

  d.setStr(
    "signal",
    fn("signal", (args, kw) => {
      checkArgs("signal", args, kw, 2, 2);
      const signum = signalNumber(args[0]);
      const handler = args[1];
      if (handler !== SIG_DFL && handler !== SIG_IGN && !abs.isCallable(handler)) {
        const n = typeof handler === "number" || typeof handler === "boolean";
        if (!n || (handler !== 0 && handler !== 1)) {
          throw ops.typeError(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
          );
        }
      }
      if (signum === 9 || signum === 19) throw osError(PyExc_OSError, 22, "Invalid argument");
      const old = handlers[signum];
      handlers[signum] = handler === true ? SIG_IGN : handler === false ? SIG_DFL : handler;
      return old;
    }),
  );
  d.setStr(
    "getsignal",
    fn("getsignal", (args, kw) => {
      checkArgs("getsignal", args, kw, 1, 1);
      return handlers[signalNumber(args[0])];
    }),
  );
  d.setStr(
    "raise_signal",
    fn("raise_signal", (args, kw) => {
      checkArgs("raise_signal", args, kw, 1, 1);
      const signum = signalNumber(args[0]);
      const handler = handlers[signum];
      if (handler === SIG_IGN) return None;
      if (handler === SIG_DFL) {
        if (DEFAULT_IGNORED.has(signum) || DEFAULT_STOP.has(signum)) return None;
        // The default action terminates the process, as the OS would.
        flushStdio();
        Deno.exit(128 + signum);
      }
      const f = currentThread.frame;
      abs.call(handler, [signum, f === null ? None : getFrameObject(f)], null);
      return None;
    }),
  );
  d.setStr(
    "strsignal",
    fn("strsignal", (args, kw) => {
      checkArgs("strsignal", args, kw, 1, 1);
      const n = signalNumber(args[0]);
      if (n < DESCRIPTIONS.length) return DESCRIPTIONS[n];
      if (n >= 34) return `Real-time signal ${n - 34}`;
      return None;
    }),
  );
  d.setStr(
    "valid_signals",
    fn("valid_signals", (args, kw) => {
      checkArgs("valid_signals", args, kw, 0, 0);
      const out: number[] = [];
      for (let i = 1; i < NSIG; i++) if (i !== 32 && i !== 33) out.push(i);
      return makeSet(out);
    }),
  );
  d.setStr(
    "set_wakeup_fd",
    fn("set_wakeup_fd", (args, kw) => {
      const [fd] = bindArgs("set_wakeup_fd", args, kw, ["fd", "/", "$warn_on_full_buffer"], 1);
      const old = state.wakeupFd;
      state.wakeupFd = abs.asSize(fd!);
      return old;
    }),
  );
  d.setStr(
    "siginterrupt",
    fn("siginterrupt", (args, kw) => {
      checkArgs("siginterrupt", args, kw, 2, 2);
      signalNumber(args[0]);
      abs.asSize(args[1]);
      return None;
    }),
  );
  d.setStr(
    "alarm",
    fn("alarm", (args, kw) => {
      checkArgs("alarm", args, kw, 1, 1);
      abs.asSize(args[0]);
      return enosys();
    }),
  );
  d.setStr("pause", fn("pause", () => enosys()));
  d.setStr(
    "getitimer",
    fn("getitimer", (args, kw) => {
      checkArgs("getitimer", args, kw, 1, 1);
      const which = abs.asSize(args[0]);
      if (which < 0 || which > 2) throw osError(itimerError, 22, "Invalid argument");
      return makeTuple([new PyFloat(0), new PyFloat(0)]);
    }),
  );
  d.setStr("setitimer", fn("setitimer", () => enosys()));
  d.setStr(
    "pthread_sigmask",
    fn("pthread_sigmask", (args, kw) => {
      checkArgs("pthread_sigmask", args, kw, 2, 2);
      const how = abs.asSize(args[0]);
      const signals = abs.iterateToArray(args[1]).map(signalNumber);
      const old = makeSet([...state.mask].sort((a, b) => a - b));
      if (how === 0) { for (const s of signals) state.mask.add(s); }
      else if (how === 1) { for (const s of signals) state.mask.delete(s); }
      else if (how === 2) state.mask = new Set(signals);
      else throw osError(PyExc_OSError, 22, "Invalid argument");
      return old;
    }),
  );
  d.setStr("sigpending", fn("sigpending", () => makeSet([])));
  d.setStr("sigwait", fn("sigwait", () => enosys()));
  d.setStr("sigwaitinfo", fn("sigwaitinfo", () => enosys()));
  d.setStr("sigtimedwait", fn("sigtimedwait", () => enosys()));
  d.setStr(
    "pthread_kill",
    fn("pthread_kill", (args, kw) => {
      checkArgs("pthread_kill", args, kw, 2, 2);
      const signum = abs.asSize(args[1]);
      if (signum === 0) return None;
      return enosys();
    }),
  );
  d.setStr("pidfd_send_signal", fn("pidfd_send_signal", () => enosys()));
  return m;
}
