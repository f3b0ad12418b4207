// Value conversion at the host boundary.
//
// JavaScript -> Python (toPython):
//   null, undefined -> None        boolean -> bool         string -> str
//   bigint -> int                  number -> int when it is a safe integer, else float
//   Array -> list (converted deeply)                       plain object -> dict with str keys
//   function -> js_function        Promise/thenable -> js_promise (awaitable from Python)
//   PyRef (a handle this API gave out) -> the Python object it refers to
//   pyFloat(x) -> float even when x is integral (the one case the number rule gets wrong)
// Python -> JavaScript (toJS):
//   None -> null   bool -> boolean   int -> number, or bigint beyond 2**53   float -> number
//   str -> string  js_function / js_promise -> the original JavaScript value
//   everything else -> a handle: PyGenerator for generators, PyCoroutine for coroutines,
//   PyAsyncGenerator for async generators, PyRef otherwise (PyRef#toJS() copies containers).
import { None, PyFloat, PyObject, type PyValue, typeOf } from "../objects/object.ts";
import { PyDict } from "../objects/object.ts";
import { PyList } from "../objects/list.ts";
import { makeFloat } from "../objects/float.ts";
import { CoilUsageError } from "./errors.ts";
import { conversions, PyJSFunction, PyJSPromise } from "./js_values.ts";
import { wrapPyObject } from "./handles.ts";

/** Marks a number that must become a Python float even if it is integral (see pyFloat). */
export class FloatValue {
  /** `value` becomes a Python float. */
  constructor(readonly value: number) {}
}

/** `pyFloat(2)` converts to the Python float 2.0 rather than the int 2. */
export function pyFloat(value: number): FloatValue {
  return new FloatValue(value);
}

/** The Python object behind a handle (set by handles.ts). */
export const handleTarget = new WeakMap<object, PyValue>();

/** Arrays and plain objects being converted (a cycle cannot become a Python value). */
const converting = new Set<object>();

export function toPython(value: unknown): PyValue {
  return convertToPython(value);
}

function convertToPython(value: unknown): PyValue {
  switch (typeof value) {
    case "undefined":
      return None;
    case "boolean":
    case "string":
      return value;
    case "bigint":
      return value >= -9007199254740991n && value <= 9007199254740991n ? Number(value) : value;
    case "number":
      return Number.isSafeInteger(value) ? (value === 0 ? 0 : value) : makeFloat(value);
    case "function":
      return new PyJSFunction(value as (...args: unknown[]) => unknown);
    case "symbol":
      throw new CoilUsageError(
        `cannot pass a JavaScript symbol (${String(value)}) to Python; pass a string instead`,
      );
  }
  if (value === null) return None;
  const target = handleTarget.get(value as object);
  if (target !== undefined) return target;
  if (value instanceof PyObject) return value;
  if (value instanceof FloatValue) return makeFloat(value.value);
  if (Array.isArray(value)) return enterContainer(value, () => Array.from(value, convertToPython));
  if (typeof (value as PromiseLike<unknown>).then === "function") {
    return new PyJSPromise(value as PromiseLike<unknown>);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    return enterContainer(value as object, () => {
      const dict = new PyDict();
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        dict.setStr(k, convertToPython(v));
      }
      return dict;
    });
  }
  throw new CoilUsageError(
    `cannot pass a ${proto?.constructor?.name ?? "JavaScript"} object to Python; ` +
      "pass a plain object, an array, a primitive, a function or a promise",
  );
}

/** Converts an array (to a list) or plain object (to a dict), refusing cycles. */
function enterContainer<T>(value: object, convert: () => T[] | PyDict): PyValue {
  if (converting.has(value)) {
    throw new CoilUsageError(
      `cannot pass a cyclic ${
        Array.isArray(value) ? "array" : "object"
      } to Python (it contains itself); pass an acyclic copy`,
    );
  }
  converting.add(value);
  try {
    const r = convert();
    return r instanceof PyDict ? r : new PyList(r as PyValue[]);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new CoilUsageError(
        "cannot pass a value nested this deeply to Python; pass a flatter structure",
      );
    }
    throw e;
  } finally {
    converting.delete(value);
  }
}

export function toJS(value: PyValue): unknown {
  switch (typeof value) {
    case "number":
    case "bigint":
    case "string":
    case "boolean":
      return value;
  }
  if (value === None) return null;
  if (value instanceof PyFloat && typeOf(value).name === "float") return value.value;
  if (value instanceof PyJSFunction) return value.fn;
  if (value instanceof PyJSPromise) return value.promise;
  return wrapPyObject(value);
}

conversions.toPython = toPython;
conversions.toJS = toJS;
conversions.heldObject = (value) =>
  typeof value === "object" && value !== null ? handleTarget.get(value) : undefined;
