// Shared pieces of the _io module: type creation, io.UnsupportedOperation, argument helpers
// (sizes, bytes-like and writable buffers) and the errors every class raises.
import { None, PyObject, PyType, type PyValue, typeOf, typeType } from "../../objects/object.ts";
import { defineNew } from "../../objects/builtin_function.ts";
import {
  newException,
  pyError,
  PyExc_OSError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../../objects/exceptions.ts";
import { asIndex, callMethod, getAttr, isTrue, lookupSpecial } from "../../objects/abstract.ts";
import { intValue } from "../../objects/int.ts";
import { bytesOf, PyBytes } from "../../objects/bytes.ts";
import { writableBytesOf } from "../../objects/memoryview.ts";

export const DEFAULT_BUFFER_SIZE = 8192;

/** A static _io type whose instances have a __dict__ (as all of CPython's _io types). */
export function makeIOType(
  name: string,
  base: PyType,
  allocate: ((cls: PyType) => PyObject) | null,
): PyType {
  const t = new PyType(typeType, name, [base]);
  t.dict.setStr("__module__", "_io");
  t.instancesHaveDict = true;
  t.allocate = allocate;
  // CPython's _io types have their own tp_new (PyType_GenericNew): arguments go to __init__.
  if (allocate !== null) defineNew(t, (cls) => allocate(cls));
  return t;
}

/** io.UnsupportedOperation: a subclass of OSError and ValueError (a heap type, as in CPython). */
export const unsupportedOperationType: PyType = (() => {
  const t = new PyType(typeType, "UnsupportedOperation", [PyExc_OSError]);
  t.bases = [PyExc_OSError, PyExc_ValueError];
  t.mro = [t, PyExc_OSError, PyExc_ValueError, ...PyExc_ValueError.mro.slice(1)];
  t.allocate = PyExc_OSError.allocate;
  t.instancesHaveDict = true;
  t.isHeapType = true;
  t.dict.setStr("__module__", "io");
  return t;
})();

export function unsupported(message: string): never {
  throw pyError(unsupportedOperationType, message);
}

export function valueError(message: string): never {
  throw pyError(PyExc_ValueError, message);
}

export function typeError(message: string): never {
  throw pyError(PyExc_TypeError, message);
}

/** OSError(errno, strerror) without a filename. */
export function osErrorNo(errno: number, message: string): never {
  throw newException(PyExc_OSError, [errno, message]);
}

/** A read size: None or an integer, -1 meaning "all" (_Py_convert_optional_to_ssize_t). */
export function sizeArg(v: PyValue | undefined): number {
  if (v === undefined || v === None) return -1;
  if (typeof v === "number") return v;
  if (intValue(v) === undefined && lookupSpecial(v, "__index__") === undefined) {
    typeError(`argument should be integer or None, not '${typeOf(v).name}'`);
  }
  return clampSize(asIndex(v));
}

/** An index argument as a JS number (huge values saturate, as Py_ssize_t conversion would fail). */
export function indexArg(v: PyValue): number {
  if (typeof v === "number") return v;
  return clampSize(asIndex(v));
}

function clampSize(n: number | bigint): number {
  if (typeof n === "number") return n;
  if (n > BigInt(Number.MAX_SAFE_INTEGER) || n < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(n);
}

/** The bytes of a bytes-like object (any C-contiguous buffer), or undefined. Bytes are not copied. */
export function bytesLike(v: PyValue): Uint8Array | undefined {
  return bytesOf(v);
}

export function requireBytesLike(v: PyValue): Uint8Array {
  const b = bytesLike(v);
  if (b === undefined) typeError(`a bytes-like object is required, not '${typeOf(v).name}'`);
  return b!;
}

/** A writable buffer (bytearray, writable memoryview) that readinto() fills. */
export interface WritableBuffer {
  readonly length: number;
  set(data: Uint8Array, offset: number): void;
}

export function writableBuffer(v: PyValue, fname: string): WritableBuffer {
  const w = writableBytesOf(v);
  if (w !== undefined) {
    const d = w.mem, start = w.start;
    return {
      length: w.length,
      set(data, offset) {
        for (let i = 0; i < data.length; i++) d[start + offset + i] = data[i];
      },
    };
  }
  return typeError(
    `${fname}() argument must be read-write bytes-like object, not ${typeOf(v).name}`,
  );
}

export function bytesResult(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

/** `obj.closed` as a truth value (through Python attribute access). */
export function attrClosed(obj: PyValue): boolean {
  return isTrue(getAttr(obj, "closed"));
}

export function callBool(obj: PyValue, name: string): boolean {
  return isTrue(callMethod(obj, name, []));
}

/** Concatenates byte chunks. */
export function concatBytes(chunks: Uint8Array[], total?: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = total ?? 0;
  if (total === undefined) { for (const c of chunks) n += c.length; }
  const out = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Whether `v` is an instance whose type is exactly `t` with no instance-level override of `name`. */
export function isExact(v: PyValue, t: PyType, name: string): boolean {
  return typeof v === "object" && v.cls === t && (v.dict === null || !v.dict.map.has(name));
}
