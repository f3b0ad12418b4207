// memoryview and the buffer protocol (PEP 3118), as CPython's Objects/memoryobject.c.
//
// A memoryview is a (format, itemsize, shape, strides, offset) window on the memory of an
// exporter: bytes (read-only), bytearray (its `data` array, read on every access), and any
// BufferExporter such as array.array (a live Uint8Array plus the item format). Views made from
// one another share one ManagedBuffer, which holds one export of the underlying object (the
// exporter refuses to resize while exported) until the last of its views is released.
import { bindArgs, defineGetter, defineMethods, defineNew } from "./builtin_function.ts";
import { iteratorMethods } from "./builtin_function.ts";
import {
  Ellipsis,
  None,
  NotImplemented,
  objectType,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import {
  newException,
  pyError,
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_NotImplementedError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_UnicodeEncodeError,
  PyExc_ValueError,
} from "./exceptions.ts";
import {
  asIndex,
  hash,
  identityHash,
  isTrue,
  lookupSpecial,
  richCompareBool,
  typeName,
} from "./abstract.ts";
import { isBufferExporter, PyByteArray, PyBytes } from "./bytes.ts";
import { toFloat } from "./float.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { makeTuple, PyTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { intValue } from "./int.ts";
import { strValue } from "./str.ts";
import { CompareOp } from "../compiler/opcodes.ts";

export const memoryViewType: PyType = new PyType(typeType, "memoryview", [objectType]);
memoryViewType.isFinal = true;
export const memoryIteratorType: PyType = new PyType(typeType, "memory_iterator", [objectType]);
memoryIteratorType.isFinal = true;

const MAX_NDIM = 64;

/** Byte storage of a buffer: bytearray's number[] or a Uint8Array (both indexable bytes). */
export type ByteMemory = Uint8Array | number[];

/** One export of an object, shared by every view derived from it (_PyManagedBufferObject). */
export class ManagedBuffer {
  /** Views registered with this buffer and not yet released. */
  views = 0;
  released = false;
  constructor(
    readonly obj: PyValue,
    private readonly bytes: Uint8Array | null,
    private readonly byteArray: PyByteArray | null,
  ) {}

  mem(): ByteMemory {
    return this.byteArray !== null ? this.byteArray.data : this.bytes!;
  }

  /** The last view went away. */
  release(): void {
    this.released = true;
  }

  /**
   * Pins the exporter against resizing (BufferError, as CPython) while a `with` block holds a
   * view. Without reference counting nothing says when a view that is merely dropped dies, so
   * only a view whose lifetime the code states pins its object (docs/value-representation.md).
   */
  pin(delta: number): void {
    const o = this.obj;
    if (o instanceof PyByteArray) o.exports += delta;
    else if (isBufferExporter(o) && typeof o.bufferExports === "number") o.bufferExports += delta;
  }
}

const FLAG_C = 1, FLAG_F = 2;

export class PyMemoryView extends PyObject {
  released = false;
  /** Inside a `with` block: its object may not be resized (see ManagedBuffer.pin). */
  pinned = false;
  /** Buffers exported from this view (held by consumers); release() refuses while > 0. */
  exports = 0;
  flags = 0;
  hashValue: number | undefined = undefined;
  constructor(
    readonly mbuf: ManagedBuffer,
    /** Byte offset of the first item in the memory. */
    public start: number,
    public format: string,
    public itemsize: number,
    public shape: number[],
    public strides: number[],
    public readonly: boolean,
  ) {
    super(memoryViewType);
    mbuf.views++;
    this.flags = contiguityFlags(this);
  }

  get obj(): PyValue {
    return this.mbuf.obj;
  }

  get ndim(): number {
    return this.shape.length;
  }

  /** Length in bytes of the logical (contiguous) representation. */
  get nbytes(): number {
    let n = this.itemsize;
    for (const d of this.shape) n *= d;
    return n;
  }

  mem(): ByteMemory {
    return this.mbuf.mem();
  }

  get cContiguous(): boolean {
    return (this.flags & FLAG_C) !== 0;
  }
}

function contiguityFlags(m: PyMemoryView): number {
  const { shape, strides, itemsize } = m;
  if (shape.length === 0) return FLAG_C | FLAG_F;
  if (shape.length === 1) {
    return shape[0] === 1 || strides[0] === itemsize ? FLAG_C | FLAG_F : 0;
  }
  let empty = false;
  for (const d of shape) if (d === 0) empty = true;
  if (empty) return FLAG_C | FLAG_F;
  let flags = FLAG_C | FLAG_F;
  let sd = itemsize;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] > 1 && strides[i] !== sd) {
      flags &= ~FLAG_C;
      break;
    }
    sd *= shape[i];
  }
  sd = itemsize;
  for (let i = 0; i < shape.length; i++) {
    if (shape[i] > 1 && strides[i] !== sd) {
      flags &= ~FLAG_F;
      break;
    }
    sd *= shape[i];
  }
  return flags;
}

/** A new view registered with `src`'s managed buffer, with src's layout (mbuf_add_view). */
function addView(src: PyMemoryView): PyMemoryView {
  return new PyMemoryView(
    src.mbuf,
    src.start,
    src.format,
    src.itemsize,
    src.shape.slice(),
    src.strides.slice(),
    src.readonly,
  );
}

/** memoryview(v), or undefined when v does not support the buffer protocol. */
export function tryMemoryView(v: PyValue): PyMemoryView | undefined {
  if (v instanceof PyMemoryView) {
    check(v);
    return addView(v);
  }
  if (v instanceof PyBytes) {
    return new PyMemoryView(new ManagedBuffer(v, v.bytes, null), 0, "B", 1, [v.bytes.length], [
      1,
    ], true);
  }
  if (v instanceof PyByteArray) {
    return new PyMemoryView(new ManagedBuffer(v, null, v), 0, "B", 1, [v.data.length], [1], false);
  }
  if (isBufferExporter(v)) {
    const bytes = v.bufferView();
    const itemsize = v.bufferItemsize ?? 1;
    return new PyMemoryView(
      new ManagedBuffer(v, bytes, null),
      0,
      v.bufferFormat ?? "B",
      itemsize,
      [Math.floor(bytes.length / itemsize)],
      [itemsize],
      v.bufferReadonly,
    );
  }
  return undefined;
}

/** memoryview(v) (PyMemoryView_FromObject). */
export function newMemoryView(v: PyValue): PyMemoryView {
  const m = tryMemoryView(v);
  if (m === undefined) {
    throw pyError(
      PyExc_TypeError,
      `memoryview: a bytes-like object is required, not '${typeOf(v).name}'`,
    );
  }
  return m;
}

/** Releases a view (memoryview.release()): BufferError while it has exports of its own. */
export function releaseView(m: PyMemoryView): void {
  if (m.released) return;
  if (m.exports > 0) {
    throw pyError(
      PyExc_BufferError,
      `memoryview has ${m.exports} exported buffer${m.exports === 1 ? "" : "s"}`,
    );
  }
  m.released = true;
  if (m.pinned) {
    m.pinned = false;
    m.mbuf.pin(-1);
  }
  if (--m.mbuf.views === 0) m.mbuf.release();
}

const MV = (v: PyValue) => v as PyMemoryView;

function check(m: PyMemoryView): void {
  if (m.released) {
    throw pyError(PyExc_ValueError, "operation forbidden on released memoryview object");
  }
}

// ---- items ---------------------------------------------------------------------------------------

/** Native sizes of the single-character struct formats (x86-64 Linux). */
const NATIVE_SIZES: Record<string, number> = {
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 8,
  L: 8,
  q: 8,
  Q: 8,
  n: 8,
  N: 8,
  f: 4,
  d: 8,
  P: 8,
};

/** A native single-character format ("@" allowed), its character, or undefined. */
function nativeChar(format: string): string | undefined {
  const f = format.charCodeAt(0) === 0x40 ? format.slice(1) : format;
  return f.length === 1 && Object.hasOwn(NATIVE_SIZES, f) ? f : undefined;
}

const isByteFormat = (c: string | undefined) => c === "B" || c === "b" || c === "c";

/** The view's format character for item access (adjust_fmt). */
function itemChar(m: PyMemoryView): string {
  const f = m.format.charCodeAt(0) === 0x40 ? m.format.slice(1) : m.format;
  if (f.length !== 1) {
    throw pyError(PyExc_NotImplementedError, `memoryview: unsupported format ${m.format}`);
  }
  return f;
}

const scratch = new Uint8Array(8);
const scratchView = new DataView(scratch.buffer);

function canonical(b: bigint): number | bigint {
  return b >= -0x1fffffffffffffn && b <= 0x1fffffffffffffn ? Number(b) : b;
}

/** Reads one item of format character `c` at byte `pos` (`size` bytes, byte order). */
function readItem(
  mem: ByteMemory,
  pos: number,
  c: string,
  size: number,
  little: boolean,
): PyValue {
  switch (c) {
    case "B":
      return mem[pos];
    case "b":
      return (mem[pos] << 24) >> 24;
    case "c":
      return new PyBytes(Uint8Array.of(mem[pos]));
    case "?":
      return mem[pos] !== 0;
  }
  for (let k = 0; k < size; k++) scratch[k] = mem[pos + k];
  switch (c) {
    case "h":
      return scratchView.getInt16(0, little);
    case "H":
      return scratchView.getUint16(0, little);
    case "i":
    case "l":
    case "q":
    case "n":
      if (size === 4) return scratchView.getInt32(0, little);
      return canonical(scratchView.getBigInt64(0, little));
    case "I":
    case "L":
    case "Q":
    case "N":
    case "P":
      if (size === 4) return scratchView.getUint32(0, little);
      return canonical(scratchView.getBigUint64(0, little));
    case "f":
      return new PyFloat(scratchView.getFloat32(0, little));
    case "d":
      return new PyFloat(scratchView.getFloat64(0, little));
  }
  throw pyError(PyExc_NotImplementedError, `memoryview: format ${c} not supported`);
}

function unpackItem(mem: ByteMemory, pos: number, c: string): PyValue {
  return readItem(mem, pos, c, NATIVE_SIZES[c] ?? 1, true);
}

const invalidType = (c: string) =>
  pyError(PyExc_TypeError, `memoryview: invalid type for format '${c}'`);
const invalidValue = (c: string) =>
  pyError(PyExc_ValueError, `memoryview: invalid value for format '${c}'`);

/** An integer item (through __index__), as CPython's pylong_as_* with fixed errors. */
function intItem(v: PyValue, c: string): bigint {
  let n = intValue(v);
  if (n === undefined) {
    if (lookupSpecial(v, "__index__") === undefined) throw invalidType(c);
    n = asIndex(v);
  }
  return BigInt(n);
}

function floatItem(v: PyValue, c: string): number {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  if (n !== undefined) {
    const x = Number(n);
    if (!Number.isFinite(x)) throw invalidValue(c);
    return x;
  }
  if (
    lookupSpecial(v, "__float__") !== undefined || lookupSpecial(v, "__index__") !== undefined
  ) {
    return toFloat(v);
  }
  throw invalidType(c);
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n],
  B: [0n, 255n],
  h: [-32768n, 32767n],
  H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n],
  I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n],
  q: [-(2n ** 63n), 2n ** 63n - 1n],
  n: [-(2n ** 63n), 2n ** 63n - 1n],
  L: [0n, 2n ** 64n - 1n],
  Q: [0n, 2n ** 64n - 1n],
  N: [0n, 2n ** 64n - 1n],
  P: [-(2n ** 63n), 2n ** 64n - 1n],
};

/**
 * Writes one item of native format character `c` at byte `pos` of m (pack_single). The value
 * is converted first; its __index__/__float__/__bool__ may have released m (gh-92888).
 */
function packItem(m: PyMemoryView, pos: number, c: string, v: PyValue): void {
  switch (c) {
    case "c": {
      if (!(v instanceof PyBytes)) throw invalidType(c);
      if (v.bytes.length !== 1) throw invalidValue(c);
      m.mem()[pos] = v.bytes[0];
      return;
    }
    case "?": {
      const x = isTrue(v) ? 1 : 0;
      check(m);
      m.mem()[pos] = x;
      return;
    }
    case "f":
    case "d": {
      const x = floatItem(v, c);
      check(m);
      if (c === "f") scratchView.setFloat32(0, x, true);
      else scratchView.setFloat64(0, x, true);
      break;
    }
    default: {
      const range = INT_RANGES[c];
      if (range === undefined) {
        throw pyError(PyExc_NotImplementedError, `memoryview: format ${c} not supported`);
      }
      const n = intItem(v, c);
      check(m);
      if (n < range[0] || n > range[1]) throw invalidValue(c);
      const size = NATIVE_SIZES[c];
      if (size === 1) {
        m.mem()[pos] = Number(n) & 0xff;
        return;
      }
      if (size === 2) scratchView.setUint16(0, Number(n) & 0xffff, true);
      else if (size === 4) scratchView.setUint32(0, Number(BigInt.asUintN(32, n)), true);
      else scratchView.setBigUint64(0, BigInt.asUintN(64, n), true);
    }
  }
  const size = NATIVE_SIZES[c];
  const mem = m.mem();
  for (let k = 0; k < size; k++) mem[pos + k] = scratch[k];
}

// ---- layout walks --------------------------------------------------------------------------------

/** Byte positions of every item, in C order (last index fastest) or Fortran order. */
function itemPositions(m: PyMemoryView, fortran = false): number[] {
  const out: number[] = [];
  const { shape, strides } = m;
  const nd = shape.length;
  if (nd === 0) return [m.start];
  for (const d of shape) if (d === 0) return out;
  const idx = new Array(nd).fill(0);
  let pos = m.start;
  for (;;) {
    out.push(pos);
    // Advance the odometer: the fastest dimension is the last (C) or the first (Fortran).
    let k = fortran ? 0 : nd - 1;
    for (;;) {
      idx[k]++;
      pos += strides[k];
      if (idx[k] < shape[k]) break;
      pos -= strides[k] * shape[k];
      idx[k] = 0;
      k += fortran ? 1 : -1;
      if (k < 0 || k >= nd) return out;
    }
  }
}

/** The view's bytes in C order (or Fortran order), as a fresh Uint8Array. */
export function memoryViewBytes(m: PyMemoryView, fortran = false): Uint8Array {
  const mem = m.mem();
  const size = m.itemsize;
  if (m.cContiguous && !fortran || m.ndim <= 1 && m.cContiguous) {
    const n = m.nbytes;
    if (mem instanceof Uint8Array) return mem.slice(m.start, m.start + n);
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = mem[m.start + i];
    return out;
  }
  const positions = itemPositions(m, fortran);
  const out = new Uint8Array(positions.length * size);
  let o = 0;
  for (const p of positions) for (let k = 0; k < size; k++) out[o++] = mem[p + k];
  return out;
}

/**
 * The bytes of a C-contiguous view (PyObject_GetBuffer with PyBUF_SIMPLE): ValueError if
 * released, BufferError if not C-contiguous.
 */
export function contiguousViewBytes(m: PyMemoryView): Uint8Array {
  check(m);
  if (!m.cContiguous) {
    throw pyError(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
  }
  return memoryViewBytes(m);
}

/** A writable C-contiguous byte range of a buffer (PyBUF_WRITABLE request). */
export interface WritableBytes {
  readonly mem: ByteMemory;
  readonly start: number;
  readonly length: number;
}

/** The writable bytes of `v`, or undefined when v is not a writable contiguous buffer. */
export function writableBytesOf(v: PyValue): WritableBytes | undefined {
  if (v instanceof PyByteArray) return { mem: v.data, start: 0, length: v.data.length };
  if (v instanceof PyMemoryView) {
    if (v.released || v.readonly || !v.cContiguous) return undefined;
    return { mem: v.mem(), start: v.start, length: v.nbytes };
  }
  if (isBufferExporter(v) && !v.bufferReadonly) {
    const b = v.bufferView();
    return { mem: b, start: 0, length: b.length };
  }
  return undefined;
}

// ---- constructor, release ------------------------------------------------------------------------

/** Clinic reports a missing required argument before unknown keywords. */
function requireFirst(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  name: string,
  self: number,
): void {
  const positional = args.length - self - (kwnames?.length ?? 0);
  if (positional <= 0 && !(kwnames ?? []).includes(name)) {
    throw pyError(PyExc_TypeError, `${fname}() missing required argument '${name}' (pos 1)`);
  }
}

defineNew(memoryViewType, (_cls, args, kwnames) => {
  if (args.length - (kwnames?.length ?? 0) <= 1) {
    requireFirst("memoryview", args, kwnames, "object", 0);
  }
  const [obj] = bindArgs("memoryview", args, kwnames, ["object"], 1);
  return newMemoryView(obj!);
});

// ---- indexing ------------------------------------------------------------------------------------

/** Index of an int-like key as a Py_ssize_t (IndexError when it does not fit). */
function indexKey(key: PyValue): number {
  const n = asIndex(key);
  if (typeof n === "bigint") {
    throw pyError(PyExc_IndexError, `cannot fit '${typeName(key)}' into an index-sized integer`);
  }
  return n;
}

const isIndexLike = (v: PyValue) =>
  intValue(v) !== undefined || lookupSpecial(v, "__index__") !== undefined;

function lookupDimension(m: PyMemoryView, pos: number, dim: number, index: number): number {
  const n = m.shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) {
    throw pyError(PyExc_IndexError, `index out of bounds on dimension ${dim + 1}`);
  }
  return pos + m.strides[dim] * index;
}

function posFromTuple(m: PyMemoryView, key: PyTuple): number {
  const n = key.items.length;
  if (n > m.ndim) {
    throw pyError(
      PyExc_TypeError,
      `cannot index ${m.ndim}-dimension view with ${n}-element tuple`,
    );
  }
  let pos = m.start;
  for (let d = 0; d < n; d++) pos = lookupDimension(m, pos, d, indexKey(key.items[d]));
  return pos;
}

const isMultiIndex = (key: PyValue): key is PyTuple =>
  key instanceof PyTuple && key.items.every(isIndexLike);
const isMultiSlice = (key: PyValue): key is PyTuple =>
  key instanceof PyTuple && key.items.length > 0 && key.items.every((x) => x instanceof PySlice);

/** Slices dimension 0 of a new view of m (init_slice). */
function slicedView(m: PyMemoryView, key: PySlice): PyMemoryView {
  const [start, , step, n] = sliceIndices(key, m.shape[0]);
  const v = addView(m);
  v.start += m.strides[0] * start;
  v.shape[0] = n;
  v.strides[0] = m.strides[0] * step;
  v.flags = contiguityFlags(v);
  return v;
}

function getItem(m: PyMemoryView, key: PyValue): PyValue {
  check(m);
  if (m.ndim === 0) {
    if (key instanceof PyTuple && key.items.length === 0) {
      return unpackItem(m.mem(), m.start, itemChar(m));
    }
    if (key === Ellipsis) return m;
    throw pyError(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (isIndexLike(key)) {
    const i = indexKey(key);
    check(m);
    const c = itemChar(m);
    if (m.ndim !== 1) {
      throw pyError(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    }
    return unpackItem(m.mem(), lookupDimension(m, m.start, 0, i), c);
  }
  if (key instanceof PySlice) return slicedView(m, key);
  if (isMultiIndex(key)) {
    const c = itemChar(m);
    if (key.items.length < m.ndim) {
      throw pyError(PyExc_NotImplementedError, "sub-views are not implemented");
    }
    const pos = posFromTuple(m, key);
    check(m);
    return unpackItem(m.mem(), pos, c);
  }
  if (isMultiSlice(key)) {
    throw pyError(PyExc_NotImplementedError, "multi-dimensional slicing is not implemented");
  }
  throw pyError(PyExc_TypeError, "memoryview: invalid slice key");
}

/** Two formats name the same item type for a copy (equiv_format, '@' ignored). */
function sameFormat(a: PyMemoryView, b: PyMemoryView): boolean {
  const fa = a.format.charCodeAt(0) === 0x40 ? a.format.slice(1) : a.format;
  const fb = b.format.charCodeAt(0) === 0x40 ? b.format.slice(1) : b.format;
  return fa === fb && a.itemsize === b.itemsize;
}

/** Equal shapes, or equal up to a zero at the same position (equiv_shape). */
function sameShape(a: PyMemoryView, b: PyMemoryView): boolean {
  if (a.ndim !== b.ndim) return false;
  for (let i = 0; i < a.ndim; i++) {
    if (a.shape[i] !== b.shape[i]) return false;
    if (a.shape[i] === 0) break;
  }
  return true;
}

/** Copies src's items into dest (same structure), reading everything first (overlap-safe). */
function copyInto(dest: PyMemoryView, src: PyMemoryView): void {
  if (!sameFormat(dest, src) || !sameShape(dest, src)) {
    throw pyError(
      PyExc_ValueError,
      "memoryview assignment: lvalue and rvalue have different structures",
    );
  }
  const data = memoryViewBytes(src);
  const mem = dest.mem();
  const size = dest.itemsize;
  let o = 0;
  for (const p of itemPositions(dest)) for (let k = 0; k < size; k++) mem[p + k] = data[o++];
}

function setItem(m: PyMemoryView, key: PyValue, value: PyValue | undefined): void {
  check(m);
  const c = itemChar(m);
  if (m.readonly) throw pyError(PyExc_TypeError, "cannot modify read-only memory");
  if (value === undefined) throw pyError(PyExc_TypeError, "cannot delete memory");
  if (m.ndim === 0) {
    if (key === Ellipsis || (key instanceof PyTuple && key.items.length === 0)) {
      packItem(m, m.start, c, value);
      return;
    }
    throw pyError(PyExc_TypeError, "invalid indexing of 0-dim memory");
  }
  if (isIndexLike(key)) {
    if (m.ndim > 1) throw pyError(PyExc_NotImplementedError, "sub-views are not implemented");
    packItem(m, lookupDimension(m, m.start, 0, indexKey(key)), c, value);
    return;
  }
  if (key instanceof PySlice && m.ndim === 1) {
    const src = tryMemoryView(value);
    if (src === undefined) {
      throw pyError(
        PyExc_TypeError,
        `a bytes-like object is required, not '${typeOf(value).name}'`,
      );
    }
    let dest: PyMemoryView;
    try {
      dest = slicedView(m, key);
    } catch (e) {
      releaseView(src);
      throw e;
    }
    try {
      check(m);
      copyInto(dest, src);
    } finally {
      releaseView(dest);
      releaseView(src);
    }
    return;
  }
  if (isMultiIndex(key)) {
    if (key.items.length < m.ndim) {
      throw pyError(PyExc_NotImplementedError, "sub-views are not implemented");
    }
    packItem(m, posFromTuple(m, key), c, value);
    return;
  }
  if (key instanceof PySlice || isMultiSlice(key)) {
    throw pyError(
      PyExc_NotImplementedError,
      "memoryview slice assignments are currently restricted to ndim = 1",
    );
  }
  throw pyError(PyExc_TypeError, "memoryview: invalid slice key");
}

// ---- comparison ----------------------------------------------------------------------------------

/** How to unpack one item of a struct format for comparison, or undefined (struct.error). */
interface ItemReader {
  c: string;
  size: number;
  little: boolean;
}

const STANDARD_SIZES: Record<string, number> = {
  c: 1,
  b: 1,
  B: 1,
  "?": 1,
  h: 2,
  H: 2,
  i: 4,
  I: 4,
  l: 4,
  L: 4,
  q: 8,
  Q: 8,
  f: 4,
  d: 8,
};

function structReader(format: string, itemsize: number): ItemReader | undefined {
  let f = format, native = true, little = true;
  const p = f[0];
  if (p === "@" || p === "=" || p === "<" || p === ">" || p === "!") {
    native = p === "@";
    little = p === "@" || p === "=" || p === "<";
    f = f.slice(1);
  }
  if (f.length !== 1) return undefined;
  const size = native ? NATIVE_SIZES[f] : STANDARD_SIZES[f];
  if (size === undefined || !Object.hasOwn(native ? NATIVE_SIZES : STANDARD_SIZES, f)) {
    return undefined;
  }
  if (size !== itemsize) return undefined;
  return { c: f, size, little };
}

function sameItem(a: PyValue, b: PyValue): boolean {
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value === b.value;
  if (a instanceof PyBytes && b instanceof PyBytes) return a.bytes[0] === b.bytes[0];
  return a === b;
}

/** memory_richcompare for ==: equal shapes and equal items, compared by value. */
function viewsEqual(v: PyMemoryView, w: PyMemoryView): boolean {
  if (!sameShape(v, w)) return false;
  const vc = nativeChar(v.format), wc = nativeChar(w.format);
  const vm = v.mem(), wm = w.mem();
  const vp = itemPositions(v), wp = itemPositions(w);
  if (vc !== undefined && vc === wc) {
    for (let i = 0; i < vp.length; i++) {
      if (!sameItem(unpackItem(vm, vp[i], vc), unpackItem(wm, wp[i], vc))) return false;
    }
    return true;
  }
  // Different formats: unpack both as the struct module would and compare the values.
  const vr = structReader(v.format, v.itemsize), wr = structReader(w.format, w.itemsize);
  if (vr === undefined || wr === undefined) return false;
  for (let i = 0; i < vp.length; i++) {
    const a = readItem(vm, vp[i], vr.c, vr.size, vr.little);
    const b = readItem(wm, wp[i], wr.c, wr.size, wr.little);
    if (!richCompareBool(a, b, CompareOp.EQ)) return false;
  }
  return true;
}

function compare(args: PyValue[], ne: boolean): PyValue {
  const v = MV(args[0]), other = args[1];
  let equal: boolean;
  if (v.released) equal = v === other;
  else if (other instanceof PyMemoryView) {
    equal = other.released ? v === other : viewsEqual(v, other);
  } else {
    const w = tryMemoryView(other);
    if (w === undefined) return NotImplemented;
    try {
      equal = viewsEqual(v, w);
    } finally {
      releaseView(w);
    }
  }
  return equal !== ne;
}

// ---- cast ----------------------------------------------------------------------------------------

function cast(m: PyMemoryView, format: PyValue, shape: PyValue | undefined): PyMemoryView {
  check(m);
  if (!m.cContiguous) {
    throw pyError(PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views");
  }
  if ((shape !== undefined || m.ndim !== 1) && m.shape.some((d) => d === 0)) {
    throw pyError(
      PyExc_TypeError,
      "memoryview: cannot cast view with zeros in shape or strides",
    );
  }
  let dims: readonly PyValue[] | undefined;
  if (shape !== undefined) {
    if (!(shape instanceof PyList || shape instanceof PyTuple)) {
      throw pyError(PyExc_TypeError, "shape must be a list or a tuple");
    }
    dims = shape.items;
    if (dims.length > MAX_NDIM) {
      throw pyError(
        PyExc_ValueError,
        `memoryview: number of dimensions must not exceed ${MAX_NDIM}`,
      );
    }
    if (m.ndim !== 1 && dims.length !== 1) {
      throw pyError(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    }
  }
  const fmt = strValue(format);
  if (fmt === undefined) {
    throw pyError(
      PyExc_TypeError,
      `cast() argument 'format' must be str, not ${typeName(format)}`,
    );
  }
  for (let i = 0; i < fmt.length; i++) {
    if (fmt.charCodeAt(i) > 127) {
      throw newException(PyExc_UnicodeEncodeError, [
        "ascii",
        fmt,
        i,
        i + 1,
        "ordinal not in range(128)",
      ]);
    }
  }
  const dest = nativeChar(fmt);
  if (dest === undefined) {
    throw pyError(
      PyExc_ValueError,
      "memoryview: destination format must be a native single character format prefixed with an optional '@'",
    );
  }
  if (!isByteFormat(nativeChar(m.format)) && !isByteFormat(dest)) {
    throw pyError(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats");
  }
  const itemsize = NATIVE_SIZES[dest];
  const len = m.nbytes;
  if (len % itemsize !== 0) {
    throw pyError(PyExc_TypeError, "memoryview: length is not a multiple of itemsize");
  }
  let newShape = [len / itemsize];
  if (dims !== undefined) {
    newShape = [];
    let total = itemsize;
    for (const x of dims) {
      if (typeof x !== "number" && typeof x !== "bigint" && typeof x !== "boolean") {
        if (intValue(x) === undefined) {
          throw pyError(
            PyExc_TypeError,
            "memoryview.cast(): elements of shape must be integers",
          );
        }
      }
      const n = intValue(x)!;
      if (typeof n === "bigint" && (n > 2n ** 63n - 1n || n < -(2n ** 63n))) {
        throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
      }
      if (n <= 0) {
        throw pyError(
          PyExc_ValueError,
          "memoryview.cast(): elements of shape must be integers > 0",
        );
      }
      if (typeof n === "bigint" || total * n > Number.MAX_SAFE_INTEGER) {
        throw pyError(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
      }
      total *= n;
      newShape.push(n);
    }
    if (total !== len) {
      throw pyError(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size");
    }
  }
  const strides = new Array<number>(newShape.length);
  let sd = itemsize;
  for (let i = newShape.length - 1; i >= 0; i--) {
    strides[i] = sd;
    sd *= newShape[i];
  }
  // The '@' prefix, when given, is kept in the format (get_native_fmtstr).
  return new PyMemoryView(m.mbuf, m.start, fmt, itemsize, newShape, strides, m.readonly);
}

// ---- tolist, hex ---------------------------------------------------------------------------------

function toList(m: PyMemoryView, c: string, dim: number, pos: number): PyList {
  const mem = m.mem();
  const n = m.shape[dim], stride = m.strides[dim];
  const items: PyValue[] = new Array(n);
  if (dim === m.ndim - 1) {
    for (let i = 0; i < n; i++, pos += stride) items[i] = unpackItem(mem, pos, c);
  } else {
    for (let i = 0; i < n; i++, pos += stride) items[i] = toList(m, c, dim + 1, pos);
  }
  return new PyList(items);
}

/** bytes.hex()/memoryview.hex() with CPython's sep and bytes_per_sep rules (pystrhex.c). */
export function hexWithSep(b: Uint8Array, sep: PyValue | undefined, perSep: number): string {
  let sepChar = "";
  if (sep !== undefined) {
    const s = strValue(sep);
    let code: number;
    if (s !== undefined) {
      if ([...s].length !== 1) throw pyError(PyExc_ValueError, "sep must be length 1.");
      code = s.codePointAt(0)!;
    } else if (sep instanceof PyBytes || sep instanceof PyByteArray) {
      const bytes = sep instanceof PyBytes ? sep.bytes : sep.data;
      if (bytes.length !== 1) throw pyError(PyExc_ValueError, "sep must be length 1.");
      code = bytes[0];
    } else {
      if (lookupSpecial(sep, "__len__") === undefined) {
        throw pyError(PyExc_TypeError, `object of type '${typeName(sep)}' has no len()`);
      }
      throw pyError(PyExc_TypeError, "sep must be str or bytes.");
    }
    if (code > 127) throw pyError(PyExc_ValueError, "sep must be ASCII.");
    sepChar = String.fromCharCode(code);
  }
  let out = "";
  const group = Math.abs(perSep);
  const useSep = sepChar !== "" && perSep !== 0 && group < b.length;
  for (let i = 0; i < b.length; i++) {
    if (useSep && i > 0) {
      // Positive counts group from the right, negative from the left.
      const boundary = perSep > 0 ? (b.length - i) % group === 0 : i % group === 0;
      if (boundary) out += sepChar;
    }
    const x = b[i];
    out += HEX[x >> 4] + HEX[x & 15];
  }
  return out;
}
const HEX = "0123456789abcdef";

// ---- methods -------------------------------------------------------------------------------------

defineMethods(memoryViewType, {
  __len__(args) {
    const m = MV(args[0]);
    check(m);
    // CPython 3.11 gives 1 for a 0-dim view.
    return m.ndim === 0 ? 1 : m.shape[0];
  },
  __getitem__: (args) => getItem(MV(args[0]), args[1]),
  __setitem__(args) {
    setItem(MV(args[0]), args[1], args[2]);
    return None;
  },
  __delitem__(args) {
    setItem(MV(args[0]), args[1], undefined);
    return None;
  },
  __eq__: (args) => compare(args, false),
  __ne__: (args) => compare(args, true),
  __hash__(args) {
    const m = MV(args[0]);
    if (m.hashValue !== undefined) return m.hashValue;
    check(m);
    if (!m.readonly) throw pyError(PyExc_ValueError, "cannot hash writable memoryview object");
    if (!isByteFormat(nativeChar(m.format))) {
      throw pyError(
        PyExc_ValueError,
        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
      );
    }
    hash(m.obj);
    return m.hashValue = hash(new PyBytes(memoryViewBytes(m)));
  },
  __iter__(args) {
    const m = MV(args[0]);
    check(m);
    if (m.ndim === 0) throw pyError(PyExc_TypeError, "invalid indexing of 0-dim memory");
    if (m.ndim !== 1) {
      throw pyError(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented");
    }
    return new PyMemoryIterator(m, itemChar(m));
  },
  __repr__(args) {
    const m = MV(args[0]);
    return `<${m.released ? "released " : ""}memory at 0x${
      identityHash(m).toString(16).padStart(12, "0")
    }>`;
  },
  __enter__(args) {
    const m = MV(args[0]);
    check(m);
    if (!m.pinned) {
      m.pinned = true;
      m.mbuf.pin(1);
    }
    return args[0];
  },
  __exit__(args) {
    releaseView(MV(args[0]));
    return None;
  },
  release(args) {
    releaseView(MV(args[0]));
    return None;
  },
  cast(args, kwnames) {
    if (args.length - (kwnames?.length ?? 0) <= 2) requireFirst("cast", args, kwnames, "format", 1);
    const [format, shape] = bindArgs("cast", args, kwnames, ["format", "shape"], 1, 1);
    return cast(MV(args[0]), format!, shape);
  },
  tobytes(args, kwnames) {
    const m = MV(args[0]);
    const [order] = bindArgs("tobytes", args, kwnames, ["order"], 0, 1);
    check(m);
    let fortran = false;
    if (order !== undefined && order !== None) {
      const o = strValue(order);
      if (o === undefined) {
        throw pyError(
          PyExc_TypeError,
          `tobytes() argument 'order' must be str or None, not ${typeName(order)}`,
        );
      }
      if (o === "F") fortran = true;
      else if (o === "A") fortran = !m.cContiguous && (m.flags & FLAG_F) !== 0;
      else if (o !== "C") throw pyError(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
    }
    return new PyBytes(memoryViewBytes(m, fortran));
  },
  tolist(args) {
    const m = MV(args[0]);
    check(m);
    const c = itemChar(m);
    if (m.ndim === 0) return unpackItem(m.mem(), m.start, c);
    return toList(m, c, 0, m.start);
  },
  hex(args, kwnames) {
    const m = MV(args[0]);
    const [sep, perSep] = bindArgs("hex", args, kwnames, ["sep", "bytes_per_sep"], 0, 1);
    check(m);
    const n = perSep === undefined ? 1 : Number(asIndex(perSep));
    return hexWithSep(memoryViewBytes(m), sep, n);
  },
  toreadonly(args) {
    const m = MV(args[0]);
    check(m);
    const v = addView(m);
    v.readonly = true;
    return v;
  },
});

function getter(name: string, get: (m: PyMemoryView) => PyValue): void {
  defineGetter(memoryViewType, name, (v) => {
    if (!(v instanceof PyMemoryView)) {
      throw pyError(
        PyExc_TypeError,
        `descriptor '${name}' for 'memoryview' objects doesn't apply to a '${typeName(v)}' object`,
      );
    }
    check(MV(v));
    return get(MV(v));
  });
}
getter("obj", (m) => m.obj);
getter("nbytes", (m) => m.nbytes);
getter("readonly", (m) => m.readonly);
getter("itemsize", (m) => m.itemsize);
getter("format", (m) => m.format);
getter("ndim", (m) => m.ndim);
getter("shape", (m) => makeTuple(m.shape.slice()));
getter("strides", (m) => makeTuple(m.strides.slice()));
getter("suboffsets", () => makeTuple([]));
getter("c_contiguous", (m) => (m.flags & FLAG_C) !== 0);
getter("f_contiguous", (m) => (m.flags & FLAG_F) !== 0);
getter("contiguous", (m) => m.flags !== 0);

// ---- iterator ------------------------------------------------------------------------------------

class PyMemoryIterator extends PyObject {
  index = 0;
  constructor(public view: PyMemoryView | null, readonly c: string) {
    super(memoryIteratorType);
  }
}
memoryIteratorType.tp_iternext = (self) => {
  const it = self as PyMemoryIterator;
  const m = it.view;
  if (m === null) return undefined;
  if (it.index < m.shape[0]) {
    check(m);
    return unpackItem(m.mem(), m.start + m.strides[0] * it.index++, it.c);
  }
  it.view = null;
  return undefined;
};
defineMethods(memoryIteratorType, iteratorMethods(memoryIteratorType));
