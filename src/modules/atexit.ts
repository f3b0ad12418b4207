// atexit: functions to run at interpreter exit (CPython's Modules/atexitmodule.c). The `coil`
// driver (runMain in src/runtime/interpreter.ts) calls `_run_exitfuncs` after the program ends,
// after threading's shutdown, as Py_FinalizeEx does; callbacks run last-registered first and an
// exception in one is reported as "Exception ignored in atexit callback" and does not stop the
// others.
import { None, type PyValue } from "../objects/object.ts";
import * as abs from "../objects/abstract.ts";
import { checkArgs, type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { PyModule } from "../runtime/module_object.ts";
import { writeUnraisable } from "../runtime/unraisable.ts";
import { flushStdio } from "./_io/stdstreams.ts";
import * as ops from "../runtime/ops.ts";

interface ExitCallback {
  func: PyValue;
  args: PyValue[];
  kwnames: readonly string[] | null;
}

function fn(name: string, f: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, f, undefined, name, "atexit");
}

export function createModule(): PyModule {
  const m = new PyModule("atexit");
  const d = m.dict;
  // Unregistered callbacks leave an empty slot, as in CPython (_ncallbacks counts slots).
  let callbacks: (ExitCallback | null)[] = [];
  d.setStr(
    "__doc__",
    "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
  );
  d.setStr(
    "register",
    fn("register", (args, kwnames) => {
      const nkw = kwnames === null ? 0 : kwnames.length;
      if (args.length - nkw < 1) {
        throw ops.typeError("register() takes at least 1 argument (0 given)");
      }
      const func = args[0];
      if (!abs.isCallable(func)) throw ops.typeError("the first argument must be callable");
      callbacks.push({ func, args: args.slice(1), kwnames: nkw === 0 ? null : kwnames });
      return func;
    }),
  );
  d.setStr(
    "unregister",
    fn("unregister", (args, kwnames) => {
      checkArgs("atexit.unregister", args, kwnames, 1, 1);
      const func = args[0];
      // Comparison may run Python code that changes the list: compare a snapshot.
      const snapshot = callbacks.slice();
      for (let i = 0; i < snapshot.length; i++) {
        const cb = snapshot[i];
        if (cb !== null && abs.richCompareBool(cb.func, func, 2) && callbacks[i] === cb) {
          callbacks[i] = null;
        }
      }
      return None;
    }),
  );
  d.setStr(
    "_run_exitfuncs",
    fn("_run_exitfuncs", (args, kwnames) => {
      checkArgs("_run_exitfuncs", args, kwnames, 0, 0);
      const pending = callbacks;
      for (let i = pending.length - 1; i >= 0; i--) {
        const cb = pending[i];
        if (cb === null) continue;
        try {
          abs.call(cb.func, cb.args, cb.kwnames);
        } catch (e) {
          flushStdio();
          writeUnraisable(ops.toPyException(e), cb.func, "Exception ignored in atexit callback");
        }
      }
      callbacks = [];
      flushStdio();
      return None;
    }),
  );
  d.setStr(
    "_clear",
    fn("_clear", (args, kwnames) => {
      checkArgs("_clear", args, kwnames, 0, 0);
      callbacks = [];
      return None;
    }),
  );
  d.setStr(
    "_ncallbacks",
    fn("_ncallbacks", (args, kwnames) => {
      checkArgs("_ncallbacks", args, kwnames, 0, 0);
      return callbacks.length;
    }),
  );
  return m;
}
