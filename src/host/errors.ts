// Errors the host sees. A Python exception that escapes into TypeScript becomes a PythonError
// carrying the exception's type name, its message and the CPython-shaped traceback text; misuse
// of the host API throws a CoilUsageError that says what to do instead.
import type { PyValue } from "../objects/object.ts";
import { typeOf } from "../objects/object.ts";
import { isBaseException, type PyBaseException } from "../objects/exceptions.ts";
import { formatException, formatExceptionOnly } from "../runtime/traceback_print.ts";

/**
 * The JavaScript values behind JSError instances (js_values.ts), so the host gets the original
 * back as the PythonError's `cause`.
 */
export const jsErrorOrigins: WeakMap<PyBaseException, unknown> = new WeakMap();

/** A Python exception that reached the host: its type, message and CPython's traceback text. */
export class PythonError extends Error {
  /** The Python exception's class name, e.g. "ZeroDivisionError". */
  readonly type: string;
  /** The traceback as CPython would print it (ends with the `Type: message` line). */
  readonly traceback: string;
  /** @internal made by the host layer from the exception that escaped. */
  constructor(exception: PyBaseException) {
    const type = typeOf(exception).name;
    // A JavaScript error that crossed Python uncaught: the host gets the original as `cause`.
    const origin = jsErrorOrigins.get(exception);
    super(
      formatExceptionOnly(exception).trimEnd(),
      jsErrorOrigins.has(exception) ? { cause: origin } : undefined,
    );
    this.name = "PythonError";
    this.type = type;
    exceptionOf.set(this, exception);
    this.traceback = formatException(exception);
  }
}

/** The Python exception each PythonError carries (kept out of the public type). */
const exceptionOf = new WeakMap<PythonError, PyBaseException>();

/** The Python exception a PythonError carries (to pass it back into Python as itself). */
export function pythonException(e: PythonError): PyBaseException {
  return exceptionOf.get(e)!;
}

/** Thrown when the host API is used in a way it cannot honor; the message says what to do. */
export class CoilUsageError extends TypeError {
  /** `message` says what to do instead. */
  constructor(message: string) {
    super(message);
    this.name = "CoilUsageError";
  }
}

/**
 * Turns whatever a Python operation threw into what the host should see: Python exceptions
 * become PythonError; host-side errors (CoilUsageError, errors thrown by host callbacks that
 * crossed Python unchanged) pass through.
 */
export function toHostError(e: unknown): unknown {
  if (isBaseException(e)) return new PythonError(e);
  return e;
}

/** Whether a thrown value is the Python exception of the given class name (or a subclass). */
export function isPythonException(e: unknown, name: string): e is PyBaseException {
  if (!isBaseException(e)) return false;
  return typeOf(e as PyValue).mro.some((t) => t.name === name);
}
