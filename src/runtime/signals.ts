// OS signals as CPython delivers them (Modules/signalmodule.c): the OS-level handler only
// "trips" the signal; the eval loop runs the Python-level handler at its next safe point
// (PyErr_CheckSignals). JavaScript cannot preempt a running synchronous loop, so the OS-level
// handler runs on another thread (the `coil` command's signal worker, src/cli.ts) and trips the
// signal in shared memory, which the eval loop reads on loop back-edges and time.sleep waits
// on; the loop looks every 1024 back-edges or frame entries (in the branch that already counts
// them for the slice budget, so the fast path pays nothing). A host embedding Coil installs no
// listener: nothing is ever tripped. Not interrupted: a blocking read (input() on a terminal)
// and one long builtin call (sorted() of a huge list) see the signal only when they return.
import { None, type PyValue } from "../objects/object.ts";
import { PyBuiltinFunction } from "../objects/builtin_function.ts";
import { pyError, PyExc_KeyboardInterrupt } from "../objects/exceptions.ts";
import * as abs from "../objects/abstract.ts";
import { currentThread } from "./thread_state.ts";
import { getFrameObject } from "./frame_object.ts";

/**
 * [0]: non-zero while a tripped signal waits for its Python handler (waiters are notified on
 * it); [1]: the tripped signals as a bit mask (bit n = signal n, 1..31); [2]: set once a
 * listener listens.
 */
export const tripped = new Int32Array(new SharedArrayBuffer(12));

export const SIG_DFL = 0;
export const SIG_IGN = 1;
export const NSIG = 65;

/** The Python-level handlers (signal.signal), one table per process as in CPython. */
export const signalHandlers: PyValue[] = new Array(NSIG).fill(SIG_DFL);
// CPython ignores SIGPIPE and SIGXFSZ at startup and raises KeyboardInterrupt on SIGINT.
signalHandlers[13] = SIG_IGN;
signalHandlers[25] = SIG_IGN;
let defaultIntHandler: PyBuiltinFunction | null = null;

/** signal.default_int_handler (made on first use: this file loads inside an import cycle). */
export function getDefaultIntHandler(): PyBuiltinFunction {
  if (defaultIntHandler === null) {
    defaultIntHandler = new PyBuiltinFunction(
      "default_int_handler",
      () => {
        throw pyError(PyExc_KeyboardInterrupt);
      },
      undefined,
      "default_int_handler",
      "_signal",
    );
    if (signalHandlers[2] === SIG_DFL) signalHandlers[2] = defaultIntHandler;
  }
  return defaultIntHandler;
}

/**
 * PyErr_CheckSignals: runs the Python handler of each tripped signal; an exception a handler
 * raises (KeyboardInterrupt from the default SIGINT handler) propagates to the caller.
 */
export function checkSignals(): void {
  if (Atomics.load(tripped, 0) === 0) return;
  Atomics.store(tripped, 0, 0);
  const bits = Atomics.exchange(tripped, 1, 0);
  getDefaultIntHandler();
  for (let signum = 1; signum < 32; signum++) {
    if ((bits & (1 << signum)) === 0) continue;
    const handler = signalHandlers[signum];
    if (handler === SIG_IGN) continue;
    if (handler === SIG_DFL) Deno.exit(128 + signum); // the OS default: terminate
    const f = currentThread.frame;
    abs.call(handler, [signum, f === null ? None : getFrameObject(f)], null);
  }
}

/**
 * Blocks for `ms` milliseconds (time.sleep), running the handlers of signals tripped meanwhile
 * and then sleeping on (PEP 475), unless a handler raises.
 */
export function interruptibleSleep(ms: number): void {
  const until = performance.now() + ms;
  for (let left = ms; left > 0; left = until - performance.now()) {
    Atomics.wait(tripped, 0, 0, left);
    checkSignals();
  }
}
