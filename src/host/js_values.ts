// Python-visible wrappers for JavaScript values that cross into Python by reference:
//   js_function — a JavaScript function; calling it from Python calls the function with the
//                 arguments converted to JavaScript, and converts the result back.
//   js_promise  — a JavaScript promise; `await p` in Python suspends the coroutine with the
//                 promise itself as the yielded value. The host driver (coroutine_driver.ts)
//                 awaits it and sends the settled value back in (or throws JSError in).
//   JSError     — the Python exception raised when JavaScript code throws or a promise rejects;
//                 the original JavaScript value travels with it.
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeType,
} from "../objects/object.ts";
import { defineMethods } from "../objects/builtin_function.ts";
import {
  newException,
  PyBaseException,
  pyError,
  PyExc_Exception,
  PyExc_TypeError,
  stopIteration,
} from "../objects/exceptions.ts";
import { makeTuple } from "../objects/tuple.ts";
import { call } from "../objects/abstract.ts";
import { CoilUsageError, jsErrorOrigins, PythonError, pythonException } from "./errors.ts";
import { builtinsTemplate } from "../modules/builtins.ts";

/** Converters set by convert.ts (kept as hooks so this file does not import convert.ts). */
export const conversions: {
  toPython: (value: unknown) => PyValue;
  toJS: (value: PyValue) => unknown;
  /** The Python object a host handle (PyRef) holds, or undefined for any other value. */
  heldObject: (value: unknown) => PyValue | undefined;
} = {
  toPython: () => None,
  toJS: () => undefined,
  heldObject: () => undefined,
};

// ---- js_function ---------------------------------------------------------------------------

export const jsFunctionType: PyType = new PyType(typeType, "js_function", [objectType]);
jsFunctionType.isFinal = true;

export class PyJSFunction extends PyObject {
  // deno-lint-ignore no-explicit-any
  readonly fn: (...args: any[]) => unknown;
  // deno-lint-ignore no-explicit-any
  constructor(fn: (...args: any[]) => unknown) {
    super(jsFunctionType);
    this.fn = fn;
  }
}

jsFunctionType.tp_call = (callable, args, kwnames) => {
  const f = callable as PyJSFunction;
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(
      PyExc_TypeError,
      `JavaScript function ${f.fn.name || "<anonymous>"}() takes no keyword arguments`,
    );
  }
  let result: unknown;
  try {
    result = f.fn(...args.map(conversions.toJS));
  } catch (e) {
    throw jsErrorToPython(e);
  }
  try {
    return conversions.toPython(result);
  } catch (e) {
    if (!(e instanceof CoilUsageError)) throw e;
    throw pyError(
      PyExc_TypeError,
      `JavaScript function ${
        f.fn.name || "<anonymous>"
      }() returned a value Python cannot hold: ${e.message}`,
    );
  }
};

defineMethods(jsFunctionType, {
  __repr__(args) {
    const f = args[0] as PyJSFunction;
    return `<js_function ${f.fn.name || "<anonymous>"}>`;
  },
});

// ---- js_promise ----------------------------------------------------------------------------

export const jsPromiseType: PyType = new PyType(typeType, "js_promise", [objectType]);
jsPromiseType.isFinal = true;

export class PyJSPromise extends PyObject {
  readonly promise: PromiseLike<unknown>;
  constructor(promise: PromiseLike<unknown>) {
    super(jsPromiseType);
    this.promise = promise;
  }
}

/** The iterator `__await__` returns: yields the promise once, then returns what is sent. */
const jsPromiseAwaiterType: PyType = new PyType(typeType, "js_promise_awaiter", [objectType]);
jsPromiseAwaiterType.isFinal = true;

class PyJSPromiseAwaiter extends PyObject {
  yielded = false;
  constructor(readonly target: PyJSPromise) {
    super(jsPromiseAwaiterType);
  }
}

function awaiterSend(aw: PyJSPromiseAwaiter, value: PyValue): PyValue {
  if (!aw.yielded) {
    aw.yielded = true;
    return aw.target;
  }
  throw stopIteration(value);
}

jsPromiseAwaiterType.tp_iternext = (it) => awaiterSend(it as PyJSPromiseAwaiter, None);

defineMethods(jsPromiseAwaiterType, {
  __iter__: (args) => args[0],
  __next__: (args) => awaiterSend(args[0] as PyJSPromiseAwaiter, None),
  send: (args) => awaiterSend(args[0] as PyJSPromiseAwaiter, args[1] ?? None),
  throw(args) {
    (args[0] as PyJSPromiseAwaiter).yielded = true;
    const exc = args[1];
    if (exc instanceof PyBaseException) throw exc;
    if (exc instanceof PyType) throw newException(exc, args.slice(2, 3));
    throw pyError(PyExc_TypeError, "exceptions must derive from BaseException");
  },
  close(args) {
    (args[0] as PyJSPromiseAwaiter).yielded = true;
    return None;
  },
});

defineMethods(jsPromiseType, {
  __await__: (args) => new PyJSPromiseAwaiter(args[0] as PyJSPromise),
  __repr__: () => "<js_promise>",
});

// ---- JSError -------------------------------------------------------------------------------

/**
 * `JSError(Exception)`: a JavaScript exception or rejection seen from Python, made as
 * `type("JSError", (Exception,), {...})` would make it. It is a builtin name in every
 * interpreter once the host API is loaded (Python code writes `except JSError:`).
 */
const jsErrorType = (() => {
  const ns = new PyDict();
  ns.setStr("__module__", "builtins");
  ns.setStr("__doc__", "A JavaScript exception or promise rejection, seen from Python.");
  return call(typeType, ["JSError", makeTuple([PyExc_Exception]), ns], null) as PyType;
})();
builtinsTemplate.setStr("JSError", jsErrorType);

export function jsErrorClass(): PyType {
  return jsErrorType;
}

/**
 * Wraps a thrown JavaScript value as a Python exception. Python exceptions pass through,
 * whether raw, held by a PyRef, or carried by a PythonError.
 */
export function jsErrorToPython(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  const held = conversions.heldObject(e);
  if (held instanceof PyBaseException) return held; // a PyRef to an exception
  if (e instanceof PythonError) return pythonException(e); // a PythonError coming back in
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const exc = newException(jsErrorClass(), [message]);
  jsErrorOrigins.set(exc, e);
  return exc;
}

/** The original JavaScript value of a JSError, if this exception is one. */
export function jsErrorOrigin(exc: PyBaseException): unknown {
  return jsErrorOrigins.get(exc);
}
