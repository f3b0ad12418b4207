// The array module (CPython's Modules/arraymodule.c): compact arrays of C numbers, laid out as
// on x86-64 Linux (l/L are 8 bytes, 'u' is a 4-byte wchar_t). The items live in a typed array
// over an ArrayBuffer that grows by doubling; the object exports its bytes (BufferExporter) so
// bytes(a), b"".join and the struct functions read and write it.
import {
  None,
  NotImplemented,
  objectType,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import {
  badArgName,
  defineGetter,
  defineMethods,
  defineNew,
  iteratorMethods,
  methodDescriptorType,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import {
  pyError,
  PyExc_BufferError,
  PyExc_EOFError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import {
  asIndex,
  call,
  callMethod,
  equals,
  getAttr,
  getAttrOrUndefined,
  getIter,
  iterNext,
  lookupSpecial,
  repr,
  richCompare,
} from "../objects/abstract.ts";
import { makeTuple } from "../objects/tuple.ts";
import { PyList } from "../objects/list.ts";
import { intToFloat, intValue } from "../objects/int.ts";
import { makeFloat, toFloat } from "../objects/float.ts";
import { decodeBytes, PyStr, strValue } from "../objects/str.ts";
import { type BufferExporter, bytesOf, PyByteArray, PyBytes } from "../objects/bytes.ts";
import { PySlice, sliceIndices } from "../objects/slice.ts";
import { repeatCount } from "../objects/sequence.ts";
import { checkRepeat } from "../objects/allocation.ts";
import { makeInt } from "../objects/object.ts";
import { CompareOp } from "../compiler/opcodes.ts";
import { PyModule } from "../runtime/module_object.ts";
import { builtin } from "../runtime/ops.ts";

// ---- type codes ------------------------------------------------------------------------------------

type Store =
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | Float32Array
  | Float64Array;

interface TypeCode {
  readonly code: string;
  readonly itemsize: number;
  /** Makes the typed view of a buffer. */
  readonly view: (buf: ArrayBuffer) => Store;
  /** Python value -> stored value, raising CPython's errors. */
  readonly toStored: (v: PyValue) => number | bigint;
  /** Stored value -> Python value. */
  readonly fromStored: (x: number | bigint) => PyValue;
  /** CPython's machine format code (for pickling). */
  readonly mformat: number;
}

const overflow = (msg: string) => pyError(PyExc_OverflowError, msg);

/** An integer item (through __index__), as a bigint for range checks. */
function intItem(v: PyValue): bigint {
  const n = intValue(v) ?? asIndex(v);
  return typeof n === "bigint" ? n : BigInt(n);
}

const LONG_MIN = -(2n ** 63n), LONG_MAX = 2n ** 63n - 1n, ULONG_MAX = 2n ** 64n - 1n;

function cLong(n: bigint): bigint {
  if (n < LONG_MIN || n > LONG_MAX) throw overflow("Python int too large to convert to C long");
  return n;
}

function checkRange(n: bigint, min: bigint, max: bigint, what: string): number {
  if (n < min) throw overflow(`${what} is less than minimum`);
  if (n > max) throw overflow(`${what} is greater than maximum`);
  return Number(n);
}

function unsignedLong(n: bigint): bigint {
  if (n < 0n) throw overflow("can't convert negative value to unsigned int");
  if (n > ULONG_MAX) throw overflow("Python int too large to convert to C unsigned long");
  return n;
}

function floatItem(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n !== undefined) return intToFloat(n);
  if (lookupSpecial(v, "__float__") !== undefined || lookupSpecial(v, "__index__") !== undefined) {
    if (!(typeof v === "string" || v instanceof PyStr || v instanceof PyBytes)) return toFloat(v);
  }
  throw pyError(PyExc_TypeError, `must be real number, not ${typeOf(v).name}`);
}

function charItem(v: PyValue): number {
  const s = strValue(v);
  if (s !== undefined) {
    const cp = s.codePointAt(0);
    if (cp !== undefined && s.length === (cp > 0xffff ? 2 : 1)) return cp;
  }
  throw pyError(PyExc_TypeError, "array item must be unicode character");
}

const smallInt = (x: number | bigint) => x as number;
const bigInt = (x: number | bigint) => makeInt(x as bigint);
const floatOf = (x: number | bigint) => makeFloat(x as number);

const TYPECODES: Record<string, TypeCode> = {
  b: {
    code: "b",
    itemsize: 1,
    view: (b) => new Int8Array(b),
    toStored: (v) =>
      checkRange(
        BigInt(
          checkRange(cLong(intItem(v)), -32768n, 32767n, "signed short integer"),
        ),
        -128n,
        127n,
        "signed char",
      ),
    fromStored: smallInt,
    mformat: 1,
  },
  B: {
    code: "B",
    itemsize: 1,
    view: (b) => new Uint8Array(b),
    toStored: (v) => checkRange(cLong(intItem(v)), 0n, 255n, "unsigned byte integer"),
    fromStored: smallInt,
    mformat: 0,
  },
  u: {
    code: "u",
    itemsize: 4,
    view: (b) => new Uint32Array(b),
    toStored: charItem,
    fromStored: (x) => String.fromCodePoint(x as number),
    mformat: 20,
  },
  h: {
    code: "h",
    itemsize: 2,
    view: (b) => new Int16Array(b),
    toStored: (v) => checkRange(cLong(intItem(v)), -32768n, 32767n, "signed short integer"),
    fromStored: smallInt,
    mformat: 4,
  },
  H: {
    code: "H",
    itemsize: 2,
    view: (b) => new Uint16Array(b),
    toStored: (v) =>
      checkRange(
        BigInt(checkRange(cLong(intItem(v)), -(2n ** 31n), 2n ** 31n - 1n, "signed integer")),
        0n,
        65535n,
        "unsigned short",
      ),
    fromStored: smallInt,
    mformat: 2,
  },
  i: {
    code: "i",
    itemsize: 4,
    view: (b) => new Int32Array(b),
    toStored: (v) => checkRange(cLong(intItem(v)), -(2n ** 31n), 2n ** 31n - 1n, "signed integer"),
    fromStored: smallInt,
    mformat: 8,
  },
  I: {
    code: "I",
    itemsize: 4,
    view: (b) => new Uint32Array(b),
    toStored: (v) => {
      const n = unsignedLong(intItem(v));
      if (n > 4294967295n) throw overflow("unsigned int is greater than maximum");
      return Number(n);
    },
    fromStored: smallInt,
    mformat: 6,
  },
  l: {
    code: "l",
    itemsize: 8,
    view: (b) => new BigInt64Array(b),
    toStored: (v) => cLong(intItem(v)),
    fromStored: bigInt,
    mformat: 12,
  },
  L: {
    code: "L",
    itemsize: 8,
    view: (b) => new BigUint64Array(b),
    toStored: (v) => unsignedLong(intItem(v)),
    fromStored: bigInt,
    mformat: 10,
  },
  q: {
    code: "q",
    itemsize: 8,
    view: (b) => new BigInt64Array(b),
    toStored: (v) => {
      const n = intItem(v);
      if (n < LONG_MIN || n > LONG_MAX) throw overflow("int too big to convert");
      return n;
    },
    fromStored: bigInt,
    mformat: 12,
  },
  Q: {
    code: "Q",
    itemsize: 8,
    view: (b) => new BigUint64Array(b),
    toStored: (v) => {
      const n = intItem(v);
      if (n < 0n) throw overflow("can't convert negative int to unsigned");
      if (n > ULONG_MAX) throw overflow("int too big to convert");
      return n;
    },
    fromStored: bigInt,
    mformat: 10,
  },
  f: {
    code: "f",
    itemsize: 4,
    view: (b) => new Float32Array(b),
    toStored: floatItem,
    fromStored: floatOf,
    mformat: 14,
  },
  d: {
    code: "d",
    itemsize: 8,
    view: (b) => new Float64Array(b),
    toStored: floatItem,
    fromStored: floatOf,
    mformat: 16,
  },
};
const TYPECODE_LIST = "bBuhHiIlLqQfd";

// ---- the array object --------------------------------------------------------------------------------

export const arrayType: PyType = new PyType(typeType, "array.array", [objectType]);
arrayType.qualname = "array";

export class PyArray extends PyObject implements BufferExporter {
  buf: ArrayBuffer;
  store: Store;
  length = 0;
  readonly bufferReadonly = false;
  /** Live memoryviews of the items: the array cannot be resized while > 0. */
  bufferExports = 0;
  constructor(readonly tc: TypeCode, cls: PyType = arrayType, capacity = 0) {
    super(cls);
    this.buf = new ArrayBuffer(capacity * tc.itemsize);
    this.store = tc.view(this.buf);
  }

  /** The struct format of an item ('u' is a wchar_t: 'w' in CPython 3.11). */
  get bufferFormat(): string {
    return this.tc.code === "u" ? "w" : this.tc.code;
  }

  get bufferItemsize(): number {
    return this.tc.itemsize;
  }

  /** CPython's array_resize check: no size change while buffers are exported. */
  checkResize(newLength: number): void {
    if (this.bufferExports > 0 && newLength !== this.length) {
      throw pyError(PyExc_BufferError, "cannot resize an array that is exporting buffers");
    }
  }

  bufferView(): Uint8Array {
    return new Uint8Array(this.buf, 0, this.length * this.tc.itemsize);
  }

  /** Makes room for n items (keeping the first `length`). */
  reserve(n: number): void {
    if (n <= this.store.length) return;
    let cap = Math.max(4, this.store.length);
    while (cap < n) cap *= 2;
    const buf = new ArrayBuffer(cap * this.tc.itemsize);
    new Uint8Array(buf).set(this.bufferView());
    this.buf = buf;
    this.store = this.tc.view(buf);
  }

  get(i: number): PyValue {
    return this.tc.fromStored(this.store[i]);
  }

  push(stored: number | bigint): void {
    if (this.bufferExports > 0) this.checkResize(this.length + 1);
    this.pushRaw(stored);
  }

  private pushRaw(stored: number | bigint): void {
    if (this.length === this.store.length) this.reserve(this.length + 1);
    (this.store as unknown as (number | bigint)[])[this.length++] = stored;
  }

  setStored(i: number, stored: number | bigint): void {
    (this.store as unknown as (number | bigint)[])[i] = stored;
  }

  storedAt(i: number): number | bigint {
    return this.store[i];
  }

  /** Appends raw bytes (a multiple of itemsize). */
  pushBytes(bytes: Uint8Array): void {
    const n = bytes.length / this.tc.itemsize;
    if (this.bufferExports > 0) this.checkResize(this.length + n);
    this.reserve(this.length + n);
    new Uint8Array(this.buf).set(bytes, this.length * this.tc.itemsize);
    this.length += n;
  }

  /** Replaces items [start, stop) with the stored values `src`. */
  splice(start: number, stop: number, src: ArrayLike<number | bigint>): void {
    if (this.bufferExports > 0) this.checkResize(this.length - (stop - start) + src.length);
    const tail: (number | bigint)[] = [];
    for (let i = stop; i < this.length; i++) tail.push(this.store[i]);
    this.length = start;
    this.reserve(start + src.length + tail.length);
    for (let i = 0; i < src.length; i++) this.pushRaw(src[i]);
    for (const x of tail) this.pushRaw(x);
  }

  storedSlice(start: number, stop: number): (number | bigint)[] {
    const out: (number | bigint)[] = [];
    for (let i = start; i < stop; i++) out.push(this.store[i]);
    return out;
  }
}
arrayType.allocate = (cls) => new PyArray(TYPECODES.b, cls);

const AR = (v: PyValue) => v as PyArray;

function isArray(v: PyValue): v is PyArray {
  return v instanceof PyArray;
}

/** Appends every item of an iterable (array_iter_extend). */
function extendFromIterable(a: PyArray, iterable: PyValue): void {
  const it = getIter(iterable);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) a.push(a.tc.toStored(v));
}

function frombytes(a: PyArray, bytes: Uint8Array): void {
  if (bytes.length % a.tc.itemsize !== 0) {
    throw pyError(PyExc_ValueError, "bytes length not a multiple of item size");
  }
  a.pushBytes(bytes);
}

function fromunicode(a: PyArray, s: string): void {
  for (const ch of s) a.push(ch.codePointAt(0)!);
}

function tounicode(a: PyArray): string {
  let out = "";
  for (let i = 0; i < a.length; i++) {
    const cp = a.store[i] as number;
    if (cp > 0x10ffff) {
      throw pyError(
        PyExc_ValueError,
        `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`,
      );
    }
    out += String.fromCodePoint(cp);
  }
  return out;
}

function typecodeOf(v: PyValue, fname: string, argn: number): TypeCode {
  const s = strValue(v);
  if (s === undefined || s.length !== 1) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() argument ${argn} must be a unicode character, not ${badArgName(v)}`,
    );
  }
  const tc = TYPECODES[s];
  if (tc === undefined || !Object.hasOwn(TYPECODES, s)) {
    throw pyError(
      PyExc_ValueError,
      "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
    );
  }
  return tc;
}

/** array.__new__(cls, typecode[, initializer]). */
function arrayNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls === arrayType && kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, "array.array() takes no keyword arguments");
  }
  const npos = args.length - (kwnames === null ? 0 : kwnames.length);
  if (npos < 1) {
    throw pyError(PyExc_TypeError, `array() takes at least 1 argument (${npos} given)`);
  }
  if (npos > 2) {
    throw pyError(PyExc_TypeError, `array() takes at most 2 arguments (${npos} given)`);
  }
  const tc = typecodeOf(args[0], "array", 1);
  const a = new PyArray(tc, cls);
  if (npos < 2) return a;
  const init = args[1];
  const text = strValue(init);
  if (tc.code !== "u") {
    if (text !== undefined) {
      throw pyError(
        PyExc_TypeError,
        `cannot use a str to initialize an array with typecode '${tc.code}'`,
      );
    }
    if (isArray(init) && init.tc.code === "u") {
      throw pyError(
        PyExc_TypeError,
        `cannot use a unicode array to initialize an array with typecode '${tc.code}'`,
      );
    }
  }
  if (init instanceof PyList || (init instanceof PyObject && init.cls.name === "tuple")) {
    const items = (init as PyList).items;
    a.reserve(items.length);
    for (const v of items) a.push(tc.toStored(v));
  } else if (init instanceof PyBytes || init instanceof PyByteArray) {
    frombytes(a, bytesOf(init)!);
  } else if (text !== undefined && tc.code === "u") {
    fromunicode(a, text);
  } else if (isArray(init) && init.tc === tc) {
    a.pushBytes(init.bufferView());
  } else {
    extendFromIterable(a, init);
  }
  return a;
}

defineNew(arrayType, arrayNew);

function arrayIndex(a: PyArray, key: PyValue, msg: string): number {
  let n = intValue(key);
  if (n === undefined) {
    if (lookupSpecial(key, "__index__") === undefined) {
      throw pyError(PyExc_TypeError, "array indices must be integers");
    }
    n = asIndex(key);
  }
  if (typeof n === "bigint") {
    throw pyError(PyExc_IndexError, "cannot fit 'int' into an index-sized integer");
  }
  const i = n < 0 ? n + a.length : n;
  if (i < 0 || i >= a.length) throw pyError(PyExc_IndexError, msg);
  return i;
}

function ssize(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === "bigint") {
    throw overflow("Python int too large to convert to C ssize_t");
  }
  return n;
}

function arrayCompare(op: CompareOp) {
  return (args: PyValue[]): PyValue => {
    const v = args[0], w = args[1];
    if (!isArray(v) || !isArray(w)) return NotImplemented;
    if (v.length !== w.length && (op === CompareOp.EQ || op === CompareOp.NE)) {
      return op === CompareOp.NE;
    }
    const n = Math.min(v.length, w.length);
    for (let i = 0; i < n; i++) {
      const x = v.get(i), y = w.get(i);
      if (!equals(x, y) || (x instanceof PyFloat && Number.isNaN(x.value))) {
        if (op === CompareOp.EQ) return false;
        if (op === CompareOp.NE) return true;
        return richCompare(x, y, op);
      }
    }
    const vs = v.length, ws = w.length;
    switch (op) {
      case CompareOp.LT:
        return vs < ws;
      case CompareOp.LE:
        return vs <= ws;
      case CompareOp.EQ:
        return vs === ws;
      case CompareOp.NE:
        return vs !== ws;
      case CompareOp.GT:
        return vs > ws;
      default:
        return vs >= ws;
    }
  };
}

/** Repetition past what a typed array can hold is MemoryError, as CPython's PyErr_NoMemory. */
/** The count to repeat `a` (0 when empty), after the allocation check (MemoryError). */
function checkRepeatSize(a: PyArray, count: number): number {
  return checkRepeat(a.length, count, a.tc.itemsize);
}

function arrayRepeat(args: PyValue[]): PyValue {
  const a = AR(args[0]);
  const n = repeatCount(args[1]);
  if (n === NotImplemented) return NotImplemented;
  const count = checkRepeatSize(a, n as number);
  const out = new PyArray(a.tc, arrayType, a.length * count);
  const bytes = a.bufferView().slice();
  for (let k = 0; k < count; k++) out.pushBytes(bytes);
  return out;
}

function noKw(fname: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
}

function oneArg(fname: string, args: PyValue[], kwnames: readonly string[] | null): void {
  noKw(fname, kwnames);
  if (args.length !== 2) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes exactly one argument (${args.length - 1} given)`,
    );
  }
}

function noArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null): void {
  noKw(fname, kwnames);
  if (args.length !== 1) {
    throw pyError(PyExc_TypeError, `${fname}() takes no arguments (${args.length - 1} given)`);
  }
}

function argCount(
  fname: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  noKw(fname, kwnames);
  const n = args.length - 1;
  if (n < min || n > max) {
    const plural = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
    const bound = min === max ? "" : n < min ? "at least " : "at most ";
    throw pyError(
      PyExc_TypeError,
      `${fname} expected ${bound}${plural(n < min ? min : max)}, got ${n}`,
    );
  }
}

/** A copy as an exact array (CPython's copy and slices make array.array, not the subclass). */
function copyArray(a: PyArray): PyArray {
  const out = new PyArray(a.tc, arrayType, a.length);
  out.pushBytes(a.bufferView());
  return out;
}

function tolist(a: PyArray): PyList {
  const out = new Array<PyValue>(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a.get(i);
  return new PyList(out);
}

defineMethods(arrayType, {
  __len__: (args) => AR(args[0]).length,
  __getitem__(args) {
    const a = AR(args[0]);
    const key = args[1];
    if (key instanceof PySlice) {
      const [start, , step, n] = sliceIndices(key, a.length);
      const out = new PyArray(a.tc, arrayType, n);
      if (step === 1) {
        out.pushBytes(a.bufferView().subarray(start * a.tc.itemsize, (start + n) * a.tc.itemsize));
      } else for (let i = 0, j = start; i < n; i++, j += step) out.push(a.storedAt(j));
      return out;
    }
    const i = arrayIndex(a, key, "array index out of range");
    if (a.tc.code === "u") return tounicodeItem(a, i);
    return a.get(i);
  },
  __setitem__(args) {
    const a = AR(args[0]);
    const key = args[1], value = args[2];
    if (key instanceof PySlice) {
      assignSlice(a, key, value);
      return None;
    }
    const i = arrayIndex(a, key, "array assignment index out of range");
    a.setStored(i, a.tc.toStored(value));
    return None;
  },
  __delitem__(args) {
    const a = AR(args[0]);
    const key = args[1];
    if (key instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(key, a.length);
      if (step === 1) {
        if (n > 0) a.splice(start, stop, []);
        return None;
      }
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      const kept: (number | bigint)[] = [];
      for (let i = 0; i < a.length; i++) if (!drop.has(i)) kept.push(a.storedAt(i));
      a.splice(0, a.length, kept);
      return None;
    }
    const i = arrayIndex(a, key, "array assignment index out of range");
    a.splice(i, i + 1, []);
    return None;
  },
  __contains__(args) {
    const a = AR(args[0]);
    for (let i = 0; i < a.length; i++) if (equals(a.get(i), args[1])) return true;
    return false;
  },
  __iter__: (args) => new ArrayIterator(AR(args[0])),
  __eq__: arrayCompare(CompareOp.EQ),
  __ne__: arrayCompare(CompareOp.NE),
  __lt__: arrayCompare(CompareOp.LT),
  __le__: arrayCompare(CompareOp.LE),
  __gt__: arrayCompare(CompareOp.GT),
  __ge__: arrayCompare(CompareOp.GE),
  __add__(args) {
    const a = AR(args[0]), b = args[1];
    if (!isArray(b)) {
      throw pyError(
        PyExc_TypeError,
        `can only append array (not "${typeOf(b).name}") to array`,
      );
    }
    if (b.tc !== a.tc) throw pyError(PyExc_TypeError, "bad argument type for built-in operation");
    const out = new PyArray(a.tc, arrayType, a.length + b.length);
    out.pushBytes(a.bufferView());
    out.pushBytes(b.bufferView().slice());
    return out;
  },
  __iadd__(args) {
    const a = AR(args[0]), b = args[1];
    if (!isArray(b)) {
      throw pyError(
        PyExc_TypeError,
        `can only extend array with array (not "${typeOf(b).name}")`,
      );
    }
    if (b.tc !== a.tc) throw pyError(PyExc_TypeError, "can only extend with array of same kind");
    a.pushBytes(b.bufferView().slice());
    return a;
  },
  __mul__: arrayRepeat,
  __rmul__: arrayRepeat,
  __imul__(args) {
    const a = AR(args[0]);
    const n = repeatCount(args[1]);
    if (n === NotImplemented) return NotImplemented;
    const count = checkRepeatSize(a, n as number);
    if (count <= 0) {
      a.splice(0, a.length, []);
      return a;
    }
    const bytes = a.bufferView().slice();
    for (let k = 1; k < count; k++) a.pushBytes(bytes);
    return a;
  },
  __repr__(args) {
    const a = AR(args[0]);
    const name = a.cls.isHeapType ? a.cls.name : "array";
    if (a.length === 0) return `${name}('${a.tc.code}')`;
    const body = a.tc.code === "u" ? repr(tounicode(a)) : repr(tolist(a));
    return `${name}('${a.tc.code}', ${body})`;
  },
  __copy__(args, kw) {
    noArgs("array.__copy__", args, kw);
    return copyArray(AR(args[0]));
  },
  __deepcopy__(args, kw) {
    oneArg("array.__deepcopy__", args, kw);
    return copyArray(AR(args[0]));
  },
  __reduce_ex__(args, kw) {
    oneArg("array.__reduce_ex__", args, kw);
    const a = AR(args[0]);
    const protocol = Number(asIndex(args[1]));
    const dict = getAttrOrUndefined(a, "__dict__") ?? None;
    if (protocol < 3) {
      return makeTuple([a.cls, makeTuple([a.tc.code, tolist(a)]), dict]);
    }
    return makeTuple([
      arrayReconstructor,
      makeTuple([a.cls, a.tc.code, a.tc.mformat, new PyBytes(a.bufferView().slice())]),
      dict,
    ]);
  },
  __sizeof__: (args) => 64 + AR(args[0]).store.length * AR(args[0]).tc.itemsize,
  append(args, kw) {
    oneArg("array.append", args, kw);
    const a = AR(args[0]);
    a.push(a.tc.toStored(args[1]));
    return None;
  },
  extend(args, kw) {
    oneArg("array.extend", args, kw);
    const a = AR(args[0]), b = args[1];
    if (isArray(b)) {
      if (b.tc !== a.tc) {
        throw pyError(PyExc_TypeError, "can only extend with array of same kind");
      }
      a.pushBytes(b.bufferView().slice());
    } else extendFromIterable(a, b);
    return None;
  },
  insert(args, kw) {
    argCount("insert", args, kw, 2, 2);
    const a = AR(args[0]);
    let i = ssize(args[1]);
    const stored = a.tc.toStored(args[2]);
    if (i < 0) i = Math.max(0, i + a.length);
    if (i > a.length) i = a.length;
    a.splice(i, i, [stored]);
    return None;
  },
  pop(args, kw) {
    argCount("pop", args, kw, 0, 1);
    const a = AR(args[0]);
    let i = args.length > 1 ? ssize(args[1]) : -1;
    if (a.length === 0) throw pyError(PyExc_IndexError, "pop from empty array");
    if (i < 0) i += a.length;
    if (i < 0 || i >= a.length) throw pyError(PyExc_IndexError, "pop index out of range");
    const v = a.tc.code === "u" ? tounicodeItem(a, i) : a.get(i);
    a.splice(i, i + 1, []);
    return v;
  },
  remove(args, kw) {
    oneArg("array.remove", args, kw);
    const a = AR(args[0]);
    for (let i = 0; i < a.length; i++) {
      if (equals(a.get(i), args[1])) {
        a.splice(i, i + 1, []);
        return None;
      }
    }
    throw pyError(PyExc_ValueError, "array.remove(x): x not in array");
  },
  index(args, kw) {
    argCount("index", args, kw, 1, 3);
    const a = AR(args[0]);
    const len = a.length;
    const clampIndex = (v: PyValue) => {
      const n = intValue(v) ?? asIndex(v);
      return typeof n === "bigint" ? (n > 0n ? Infinity : -Infinity) : n;
    };
    let start = args.length > 2 ? clampIndex(args[2]) : 0;
    let stop = args.length > 3 ? clampIndex(args[3]) : len;
    if (start < 0) start = Math.max(0, start + len);
    if (stop < 0) stop = Math.max(0, stop + len);
    for (let i = start; i < stop && i < a.length; i++) {
      if (equals(a.get(i), args[1])) return i;
    }
    throw pyError(PyExc_ValueError, "array.index(x): x not in array");
  },
  count(args, kw) {
    oneArg("array.count", args, kw);
    const a = AR(args[0]);
    let n = 0;
    for (let i = 0; i < a.length; i++) if (equals(a.get(i), args[1])) n++;
    return n;
  },
  reverse(args, kw) {
    noArgs("array.reverse", args, kw);
    const a = AR(args[0]);
    a.store.subarray(0, a.length).reverse();
    return None;
  },
  byteswap(args, kw) {
    noArgs("array.byteswap", args, kw);
    const a = AR(args[0]);
    const size = a.tc.itemsize;
    const bytes = a.bufferView();
    for (let i = 0; i < bytes.length; i += size) bytes.subarray(i, i + size).reverse();
    return None;
  },
  buffer_info(args, kw) {
    noArgs("array.buffer_info", args, kw);
    const a = AR(args[0]);
    return makeTuple([0x7f0000100000 + (a.length === 0 ? 0 : 16), a.length]);
  },
  frombytes(args, kw) {
    oneArg("array.frombytes", args, kw);
    const a = AR(args[0]);
    const b = bytesOf(args[1]);
    if (b === undefined || strValue(args[1]) !== undefined) {
      throw pyError(
        PyExc_TypeError,
        `a bytes-like object is required, not '${typeOf(args[1]).name}'`,
      );
    }
    frombytes(a, b);
    return None;
  },
  tobytes(args, kw) {
    noArgs("array.tobytes", args, kw);
    return new PyBytes(AR(args[0]).bufferView().slice());
  },
  fromlist(args, kw) {
    oneArg("array.fromlist", args, kw);
    const a = AR(args[0]);
    const list = args[1];
    if (!(list instanceof PyList)) throw pyError(PyExc_TypeError, "arg must be list");
    const stored = list.items.map((v) => a.tc.toStored(v)); // all or nothing, as CPython
    for (const x of stored) a.push(x);
    return None;
  },
  tolist(args, kw) {
    noArgs("array.tolist", args, kw);
    return tolist(AR(args[0]));
  },
  fromunicode(args, kw) {
    oneArg("array.fromunicode", args, kw);
    const a = AR(args[0]);
    const s = strValue(args[1]);
    if (s === undefined) {
      throw pyError(
        PyExc_TypeError,
        `fromunicode() argument must be str, not ${badArgName(args[1])}`,
      );
    }
    if (a.tc.code !== "u") {
      throw pyError(PyExc_ValueError, "fromunicode() may only be called on unicode type arrays");
    }
    fromunicode(a, s);
    return None;
  },
  tounicode(args, kw) {
    noArgs("array.tounicode", args, kw);
    const a = AR(args[0]);
    if (a.tc.code !== "u") {
      throw pyError(PyExc_ValueError, "tounicode() may only be called on unicode type arrays");
    }
    return tounicode(a);
  },
  fromfile(args, kw) {
    noKw("fromfile", kw);
    if (args.length !== 3) {
      throw pyError(
        PyExc_TypeError,
        args.length < 3
          ? `fromfile() takes exactly 2 positional arguments (${args.length - 1} given)`
          : `fromfile() takes at most 2 arguments (${args.length - 1} given)`,
      );
    }
    const a = AR(args[0]);
    const n = ssize(args[2]);
    if (n < 0) throw pyError(PyExc_ValueError, "negative count");
    const nbytes = n * a.tc.itemsize;
    const data = callMethod(args[1], "read", [nbytes]);
    if (!(data instanceof PyBytes)) {
      throw pyError(PyExc_TypeError, "read() didn't return bytes");
    }
    frombytes(a, data.bytes);
    if (data.bytes.length !== nbytes) {
      throw pyError(PyExc_EOFError, "read() didn't return enough bytes");
    }
    return None;
  },
  tofile(args, kw) {
    oneArg("array.tofile", args, kw);
    const a = AR(args[0]);
    const write = getAttr(args[1], "write");
    const bytes = a.bufferView();
    const BLOCK = 64 * 1024;
    for (let i = 0; i < bytes.length || (i === 0 && bytes.length === 0); i += BLOCK) {
      if (bytes.length === 0) break;
      call(write, [new PyBytes(bytes.slice(i, i + BLOCK))], null);
    }
    return None;
  },
});
// Special-named methods CPython defines as ordinary methods, not slot wrappers.
for (const name of ["__copy__", "__deepcopy__", "__reduce_ex__", "__sizeof__"]) {
  (arrayType.dict.getStr(name) as PyObject).cls = methodDescriptorType;
}
arrayType.dict.setStr("__hash__", None);
defineGetter(arrayType, "typecode", (a) => AR(a).tc.code);
defineGetter(arrayType, "itemsize", (a) => AR(a).tc.itemsize);

function tounicodeItem(a: PyArray, i: number): string {
  const cp = a.storedAt(i) as number;
  if (cp > 0x10ffff) {
    throw pyError(
      PyExc_ValueError,
      `character U+${cp.toString(16)} is not in range [U+0000; U+10ffff]`,
    );
  }
  return String.fromCodePoint(cp);
}

function assignSlice(a: PyArray, s: PySlice, value: PyValue): void {
  if (!isArray(value)) {
    throw pyError(
      PyExc_TypeError,
      `can only assign array (not "${typeOf(value).name}") to array slice`,
    );
  }
  if (value.tc !== a.tc) throw pyError(PyExc_TypeError, "bad argument type for built-in operation");
  const src = value.storedSlice(0, value.length);
  const [start, stop, step, n] = sliceIndices(s, a.length);
  if (step === 1) {
    a.splice(start, Math.max(start, stop), src);
    return;
  }
  if (src.length !== n) {
    throw pyError(
      PyExc_ValueError,
      `attempt to assign array of size ${src.length} to extended slice of size ${n}`,
    );
  }
  for (let i = 0, j = start; i < n; i++, j += step) a.setStored(j, src[i]);
}

// ---- the iterator ---------------------------------------------------------------------------------------

export const arrayIteratorType: PyType = new PyType(typeType, "array.arrayiterator", [objectType]);
arrayIteratorType.qualname = "arrayiterator";

class ArrayIterator extends PyObject {
  index = 0;
  array: PyArray | null;
  constructor(a: PyArray) {
    super(arrayIteratorType);
    this.array = a;
  }
}
arrayIteratorType.tp_iternext = (o) => {
  const it = o as ArrayIterator;
  const a = it.array;
  if (a === null) return undefined;
  if (it.index < a.length) {
    const i = it.index++;
    return a.tc.code === "u" ? tounicodeItem(a, i) : a.get(i);
  }
  it.array = null;
  return undefined;
};
defineMethods(arrayIteratorType, {
  ...iteratorMethods(arrayIteratorType),
  __reduce__(args) {
    const it = args[0] as ArrayIterator;
    const iterFn = builtin("iter");
    if (it.array === null) return makeTuple([iterFn, makeTuple([makeTuple([])])]);
    return makeTuple([iterFn, makeTuple([it.array]), it.index]);
  },
  __setstate__(args) {
    const it = args[0] as ArrayIterator;
    let i = ssize(args[1]);
    if (it.array !== null) {
      if (i < 0) i = 0;
      if (i > it.array.length) i = it.array.length;
      it.index = i;
    }
    return None;
  },
});

// ---- _array_reconstructor ---------------------------------------------------------------------------

/** Item decoders for machine format codes (the pickled layout may differ from this machine's). */
function decodeMachineFormat(code: number, bytes: Uint8Array): PyValue[] | string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // CPython's table gives the UTF-16/UTF-32 codes sizes 4 and 8 (its length check uses them).
  const sizes = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8];
  const size = sizes[code];
  if (bytes.length % size !== 0) {
    throw pyError(PyExc_ValueError, "string length not a multiple of item size");
  }
  const n = bytes.length / size;
  const little = code % 2 === 0;
  if (code >= 18) {
    let text = "";
    if (code <= 19) {
      for (let i = 0; i + 1 < bytes.length; i += 2) {
        text += String.fromCharCode(view.getUint16(i, little));
      }
      return text;
    }
    for (let i = 0; i + 3 < bytes.length; i += 4) {
      const cp = view.getUint32(i, little);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        // Let the codec raise its UnicodeDecodeError.
        return decodeBytes(bytes, code === 20 ? "utf-32-le" : "utf-32-be", "strict");
      }
      text += String.fromCodePoint(cp);
    }
    return text;
  }
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const at = i * size;
    switch (code) {
      case 0:
        out.push(view.getUint8(at));
        break;
      case 1:
        out.push(view.getInt8(at));
        break;
      case 2:
      case 3:
        out.push(view.getUint16(at, little));
        break;
      case 4:
      case 5:
        out.push(view.getInt16(at, little));
        break;
      case 6:
      case 7:
        out.push(view.getUint32(at, little));
        break;
      case 8:
      case 9:
        out.push(view.getInt32(at, little));
        break;
      case 10:
      case 11:
        out.push(makeInt(view.getBigUint64(at, little)));
        break;
      case 12:
      case 13:
        out.push(makeInt(view.getBigInt64(at, little)));
        break;
      case 14:
      case 15:
        out.push(makeFloat(view.getFloat32(at, little)));
        break;
      default:
        out.push(makeFloat(view.getFloat64(at, little)));
    }
  }
  return out;
}

function reconstruct(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKw("_array_reconstructor", kwnames);
  if (args.length !== 4) {
    throw pyError(
      PyExc_TypeError,
      `_array_reconstructor expected 4 arguments, got ${args.length}`,
    );
  }
  const [cls, typecode, mformatObj, items] = args;
  if (!(cls instanceof PyType)) {
    throw pyError(
      PyExc_TypeError,
      `first argument must be a type object, not ${typeOf(cls).name}`,
    );
  }
  if (!cls.mro.includes(arrayType)) {
    throw pyError(PyExc_TypeError, `${cls.name} is not a subtype of array.array`);
  }
  const s = strValue(typecode);
  if (s === undefined || s.length !== 1) {
    throw pyError(
      PyExc_TypeError,
      `_array_reconstructor() argument 2 must be a unicode character, not ${badArgName(typecode)}`,
    );
  }
  const tc = Object.hasOwn(TYPECODES, s) ? TYPECODES[s] : undefined;
  if (tc === undefined) {
    throw pyError(PyExc_ValueError, "second argument must be a valid type code");
  }
  const mformat = Number(asIndex(mformatObj));
  if (mformat < 0 || mformat > 21) {
    throw pyError(PyExc_ValueError, "third argument must be a valid machine format code.");
  }
  if (!(items instanceof PyBytes)) {
    throw pyError(
      PyExc_TypeError,
      `fourth argument should be bytes, not ${typeOf(items).name}`,
    );
  }
  if (mformat === tc.mformat) {
    const a = new PyArray(tc, cls);
    frombytes(a, items.bytes);
    return a;
  }
  // Another machine's layout: decode it, then store integers in the type whose size and
  // signedness match the pickled one (the last such typecode, as CPython picks).
  const values = decodeMachineFormat(mformat, items.bytes);
  let code = tc.code;
  if (mformat <= 13) {
    const size = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8][mformat];
    const signed = mformat === 1 || (mformat >= 4 && mformat <= 5) ||
      (mformat >= 8 && mformat <= 9) || mformat >= 12;
    for (const c of "bBhHiIlLqQ") {
      if (TYPECODES[c].itemsize === size && "bhilq".includes(c) === signed) code = c;
    }
  }
  return arrayNew(cls, [code, typeof values === "string" ? values : new PyList(values)], null);
}

const arrayReconstructor = new PyBuiltinFunction(
  "_array_reconstructor",
  reconstruct,
  undefined,
  "_array_reconstructor",
  "array",
);

arrayType.dict.setStr(
  "__doc__",
  "array(typecode [, initializer]) -> array\n\n" +
    "Return a new array whose items are restricted by typecode, and\n" +
    "initialized from the optional initializer value, which must be a list,\n" +
    "string or iterable over elements of the appropriate type.\n\n" +
    "Arrays represent basic values and behave very much like lists, except\n" +
    "the type of objects stored in them is constrained. The type is specified\n" +
    "at object creation time by using a type code, which is a single character.",
);

export function createModule(): PyModule {
  const m = new PyModule("array");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "This module defines an object type which can efficiently represent\n" +
      "an array of basic values: characters, integers, floating point\n" +
      "numbers.  Arrays are sequence types and behave very much like lists,\n" +
      "except that the type of objects stored in them is constrained.\n",
  );
  d.setStr("array", arrayType);
  d.setStr("ArrayType", arrayType);
  d.setStr("typecodes", TYPECODE_LIST);
  d.setStr("_array_reconstructor", arrayReconstructor);
  return m;
}
