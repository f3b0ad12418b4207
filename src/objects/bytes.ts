// bytes and bytearray (CPython's Objects/bytesobject.c, bytearrayobject.c). bytes holds an
// immutable Uint8Array; bytearray a growable array of byte values.
import { checkAllocation, checkRepeat } from "./allocation.ts";
import {
  badArgName,
  bindArgs,
  checkArgs,
  defineClassMethod,
  defineMethods,
  defineNew,
  iteratorMethods,
  PyBuiltinFunction,
  requireArgs,
} from "./builtin_function.ts";
import {
  None,
  NotImplemented,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";

export const bytesType: PyType = new PyType(typeType, "bytes", [objectType]);
export const byteArrayType: PyType = new PyType(typeType, "bytearray", [objectType]);

export class PyBytes extends PyObject {
  readonly bytes: Uint8Array;
  constructor(bytes: Uint8Array, cls: PyType = bytesType) {
    super(cls);
    this.bytes = bytes;
  }
}

export class PyByteArray extends PyObject {
  data: number[];
  /** Live buffer exports (memoryviews): the bytearray cannot be resized while > 0. */
  exports = 0;
  constructor(data: number[], cls: PyType = byteArrayType) {
    super(cls);
    this.data = data;
  }
}
bytesType.allocate = (cls) => new PyBytes(new Uint8Array(0), cls);
byteArrayType.allocate = (cls) => new PyByteArray([], cls);

// ---- Iterators -----------------------------------------------------------------------------

export const bytesIteratorType: PyType = new PyType(typeType, "bytes_iterator", [objectType]);
export const byteArrayIteratorType: PyType = new PyType(typeType, "bytearray_iterator", [
  objectType,
]);

/** Iterates a bytes or (live, so it sees resizes) bytearray; drops it once exhausted. */
export class BytesIterator extends PyObject {
  index = 0;
  seq: PyBytes | PyByteArray | null;
  constructor(seq: PyBytes | PyByteArray) {
    super(seq instanceof PyBytes ? bytesIteratorType : byteArrayIteratorType);
    this.seq = seq;
  }
}
function bytesIterNext(o: PyObject): PyValue | undefined {
  const it = o as BytesIterator;
  const seq = it.seq;
  if (seq === null) return undefined;
  const data = seq instanceof PyBytes ? seq.bytes : seq.data;
  if (it.index < data.length) return data[it.index++];
  it.seq = null;
  return undefined;
}
const seqLength = (seq: PyBytes | PyByteArray) =>
  seq instanceof PyBytes ? seq.bytes.length : seq.data.length;
for (const t of [bytesIteratorType, byteArrayIteratorType]) {
  t.tp_iternext = bytesIterNext;
  defineMethods(t, {
    ...iteratorMethods(t),
    __length_hint__(args) {
      const it = args[0] as BytesIterator;
      return it.seq === null ? 0 : Math.max(0, seqLength(it.seq) - it.index);
    },
    __reduce__(args) {
      const it = args[0] as BytesIterator;
      return it.seq === null ? exhaustedReduce(EMPTY_TUPLE) : iterReduce(it.seq, it.index);
    },
    __setstate__(args) {
      const it = args[0] as BytesIterator;
      const index = stateIndex(args[1]);
      if (it.seq !== null) {
        const n = seqLength(it.seq);
        it.index = index < 0 ? 0 : index > n ? n : index;
      }
      return None;
    },
  });
}

/**
 * An object that exports its storage as a flat byte buffer (CPython's buffer protocol for types
 * such as array.array): `bufferView()` is a live view of the bytes (writable unless
 * `bufferReadonly`), made of items of struct format `bufferFormat` ("B" when absent) and size
 * `bufferItemsize` (1 when absent). An exporter that can resize keeps `bufferExports`, which
 * memoryviews increment while they hold the memory, and refuses to resize while it is > 0.
 */
export interface BufferExporter {
  bufferView(): Uint8Array;
  readonly bufferReadonly: boolean;
  readonly bufferFormat?: string;
  readonly bufferItemsize?: number;
  bufferExports?: number;
}

export function isBufferExporter(v: PyValue): v is PyObject & BufferExporter {
  return v instanceof PyObject && typeof (v as Partial<BufferExporter>).bufferView === "function";
}

/**
 * The bytes of a bytes-like object (bytes, bytearray, memoryview, buffer exporters), or
 * undefined when v has no buffer. As CPython's PyBUF_SIMPLE request, a memoryview must be
 * C-contiguous (BufferError) and not released (ValueError). bytes are not copied (callers must
 * not mutate the result); everything else is.
 */
export function bytesOf(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyBytes) return v.bytes;
  if (v instanceof PyByteArray) return Uint8Array.from(v.data);
  if (v instanceof PyMemoryView) return contiguousViewBytes(v);
  if (isBufferExporter(v)) return v.bufferView().slice();
  return undefined;
}

/** bytesOf() that answers undefined instead of raising for unusable memoryviews. */
export function bytesOfQuiet(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyMemoryView && (v.released || !v.cContiguous)) return undefined;
  return bytesOf(v);
}

/** The bytes of any buffer in C order, whatever its layout (PyBuffer_ToContiguous). */
export function bufferBytes(v: PyValue): Uint8Array | undefined {
  if (v instanceof PyMemoryView) {
    if (v.released) {
      throw pyError(PyExc_ValueError, "operation forbidden on released memoryview object");
    }
    return memoryViewBytes(v);
  }
  return bytesOf(v);
}

/** CPython's _canresize: a bytearray with exports cannot change size. */
function checkResize(ba: PyByteArray, newLength: number): void {
  if (ba.exports > 0 && newLength !== ba.data.length) {
    throw pyError(PyExc_BufferError, "Existing exports of data: object cannot be re-sized");
  }
}

export function bytesRepr(b: Uint8Array, prefix = "b"): string {
  let hasSingle = false, hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + q;
  for (const c of b) {
    if (c === 0x5c) out += "\\\\";
    else if (c === q.charCodeAt(0)) out += "\\" + q;
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + q;
}

/** Bytes from bytes(x) / bytearray(x) constructor arguments. */
function bytesFromArgs(
  fname: string,
  args: PyValue[],
  kwnames: readonly string[] | null,
  self = 0,
): Uint8Array {
  const [src, encoding, errors] = bindArgs(
    fname,
    args,
    kwnames,
    ["source", "encoding", "errors"],
    0,
    self,
  );
  const enc = encoding === undefined ? undefined : strArg(fname, "encoding", encoding);
  const errs = errors === undefined ? undefined : strArg(fname, "errors", errors);
  if (src === undefined) {
    if (enc !== undefined || errs !== undefined) {
      throw pyError(
        PyExc_TypeError,
        enc !== undefined
          ? "encoding without a string argument"
          : "errors without a string argument",
      );
    }
    return new Uint8Array(0);
  }
  const text = strValue(src);
  if (enc !== undefined) {
    if (text === undefined) throw pyError(PyExc_TypeError, "encoding without a string argument");
    return encodeStr(text, enc, errs ?? "strict");
  }
  if (errs !== undefined) {
    throw pyError(
      PyExc_TypeError,
      text !== undefined
        ? "string argument without an encoding"
        : "errors without a string argument",
    );
  }
  // bytes_new asks __bytes__ before anything else (a str subclass may define it);
  // bytearray's __init__ never does.
  const bytesMethod = fname === "bytes" ? lookupSpecial(src, "__bytes__") : undefined;
  if (bytesMethod !== undefined) {
    const r = callSpecial(bytesMethod, src, []);
    if (!(r instanceof PyBytes)) {
      throw pyError(PyExc_TypeError, `__bytes__ returned non-bytes (type ${typeOf(r).name})`);
    }
    return r.bytes;
  }
  if (text !== undefined) throw pyError(PyExc_TypeError, "string argument without an encoding");
  const n = indexCount(src);
  if (n !== undefined) {
    if (n < 0) throw pyError(PyExc_ValueError, "negative count");
    // bytearray keeps one JS number (8 bytes) per byte.
    checkAllocation(Number(n) * (fname === "bytes" ? 1 : 8));
    return new Uint8Array(Number(n));
  }
  const b = bufferBytes(src);
  if (b !== undefined) return b === (src as PyBytes).bytes ? b.slice() : b;
  if (
    lookupSpecial(src, "__iter__") === undefined && lookupSpecial(src, "__getitem__") === undefined
  ) {
    throw pyError(PyExc_TypeError, `cannot convert '${typeOf(src).name}' object to ${fname}`);
  }
  const items = iterateToArray(src);
  byteRangeMessage = "bytes must be in range(0, 256)";
  try {
    return Uint8Array.from(items.map(byteValue));
  } finally {
    byteRangeMessage = "byte must be in range(0, 256)";
  }
}

/** The count of bytes(n)/bytearray(n), or undefined when `v` is no integer: an __index__ that
 * raises TypeError falls through to the other conversions, as in CPython. */
function indexCount(v: PyValue): number | bigint | undefined {
  let n = intValue(v);
  if (n === undefined && lookupSpecial(v, "__index__") !== undefined) {
    try {
      n = asIndex(v);
    } catch (e) {
      if (e instanceof PyBaseException && exceptionMatches(e, PyExc_TypeError)) return undefined;
      throw e;
    }
  }
  // PyNumber_AsSsize_t(n, OverflowError)
  if (typeof n === "bigint" && BigInt.asIntN(64, n) !== n) {
    throw pyError(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  return n;
}

let byteRangeMessage = "byte must be in range(0, 256)";
function byteValue(v: PyValue): number {
  const n = intValue(v) ?? (lookupSpecial(v, "__index__") !== undefined ? asIndex(v) : undefined);
  if (n === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'${typeOf(v).name}' object cannot be interpreted as an integer`,
    );
  }
  if (n < 0 || n > 255) throw pyError(PyExc_ValueError, byteRangeMessage);
  return Number(n);
}

function argBytes(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b === undefined) {
    throw pyError(
      PyExc_TypeError,
      `a bytes-like object is required, not '${typeOf(v).name}'`,
    );
  }
  return b;
}

function indexOf(h: Uint8Array, n: Uint8Array, from: number, to: number, reverse = false): number {
  if (reverse) {
    for (let i = to - n.length; i >= from; i--) if (matchAt(h, n, i)) return i;
    return -1;
  }
  for (let i = from; i + n.length <= to; i++) if (matchAt(h, n, i)) return i;
  return -1;
}
function matchAt(h: Uint8Array, n: Uint8Array, i: number): boolean {
  for (let k = 0; k < n.length; k++) if (h[i + k] !== n[k]) return false;
  return true;
}

function bounds(len: number, start?: PyValue, end?: PyValue): [number, number] {
  let s = start === undefined || start === None ? 0 : Number(asIndex(start));
  let e = end === undefined || end === None ? len : Number(asIndex(end));
  if (s < 0) s = Math.max(0, s + len);
  if (e < 0) e = Math.max(0, e + len);
  return [s, Math.min(e, len)];
}

function needle(v: PyValue): Uint8Array {
  const n = intValue(v);
  if (n !== undefined) return Uint8Array.of(byteValue(v));
  return argBytes(v);
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c]);

function split(b: Uint8Array, sep: PyValue | undefined, maxsplit: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  if (sep === undefined || sep === None) {
    let i = 0;
    while (i < b.length) {
      while (i < b.length && WS.has(b[i])) i++;
      if (i >= b.length) break;
      if (maxsplit >= 0 && out.length === maxsplit) {
        let e = b.length;
        while (e > i && WS.has(b[e - 1])) e--;
        out.push(b.slice(i, e));
        return out;
      }
      let j = i;
      while (j < b.length && !WS.has(b[j])) j++;
      out.push(b.slice(i, j));
      i = j;
    }
    return out;
  }
  const s = argBytes(sep);
  if (s.length === 0) throw pyError(PyExc_ValueError, "empty separator");
  let start = 0;
  while (maxsplit < 0 || out.length < maxsplit) {
    const i = indexOf(b, s, start, b.length);
    if (i < 0) break;
    out.push(b.slice(start, i));
    start = i + s.length;
  }
  out.push(b.slice(start));
  return out;
}

function strip(
  b: Uint8Array,
  chars: PyValue | undefined,
  left: boolean,
  right: boolean,
): Uint8Array {
  const set = chars === undefined || chars === None ? WS : new Set(argBytes(chars));
  let s = 0, e = b.length;
  if (left) { while (s < e && set.has(b[s])) s++; }
  if (right) { while (e > s && set.has(b[e - 1])) e--; }
  return b.slice(s, e);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/** Methods shared by bytes and bytearray; `make` builds a result of the receiver's kind. */
function commonMethods(make: (b: Uint8Array) => PyValue, isBytes: boolean) {
  const B = (v: PyValue) => bytesOf(v)!;
  // bytes compares only with bytes (bytes_richcompare); bytearray with any simple buffer.
  const cmp = (op: CompareOp) => (args: PyValue[]) => {
    const other = isBytes
      ? (args[1] instanceof PyBytes ? args[1].bytes : undefined)
      : bytesOfQuiet(args[1]);
    if (other === undefined) return NotImplemented;
    const c = compareBytes(B(args[0]), other);
    return compareNumbers(c, 0, op);
  };
  const prefixTest = (end: boolean) => (args: PyValue[]) => {
    const b = B(args[0]);
    const [s, e] = bounds(b.length, args[2], args[3]);
    const test = (p: Uint8Array) => {
      if (e - s < p.length) return false;
      return matchAt(b, p, end ? e - p.length : s);
    };
    if (args[1] instanceof PyTuple) return args[1].items.some((p) => test(argBytes(p)));
    return test(argBytes(args[1]));
  };
  return {
    __len__: (args: PyValue[]) => B(args[0]).length,
    __getitem__(args: PyValue[]) {
      const b = B(args[0]);
      const key = args[1];
      if (key instanceof PySlice) {
        // Copy only the selected bytes (spreading the whole buffer made slicing O(len)).
        const [start, stop, step, n] = sliceIndices(key, b.length);
        if (step === 1) return make(b.slice(start, stop));
        const out = new Uint8Array(n);
        for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
        return make(out);
      }
      const i0 = seqIndex(key, typeOf(args[0]).name === "bytearray" ? "bytearray" : "byte");
      const i = i0 < 0 ? i0 + b.length : i0;
      if (i < 0 || i >= b.length) {
        throw pyError(
          PyExc_IndexError,
          typeOf(args[0]).name === "bytearray"
            ? "bytearray index out of range"
            : "index out of range",
        );
      }
      return b[i];
    },
    __contains__(args: PyValue[]) {
      const b = B(args[0]);
      return indexOf(b, needle(args[1]), 0, b.length) >= 0;
    },
    __iter__: (args: PyValue[]) => new BytesIterator(args[0] as PyBytes | PyByteArray),
    __add__(args: PyValue[]) {
      const other = bytesOfQuiet(args[1]);
      if (other === undefined) {
        // A buffer that cannot be read simply (bytes_concat's message).
        if (args[1] instanceof PyMemoryView) {
          throw pyError(
            PyExc_TypeError,
            `can't concat memoryview to ${typeOf(args[0]).name}`,
          );
        }
        return NotImplemented;
      }
      const a = B(args[0]);
      const out = new Uint8Array(a.length + other.length);
      out.set(a);
      out.set(other, a.length);
      return make(out);
    },
    __mul__(args: PyValue[]) {
      const n = repeatCount(args[1]);
      if (n === NotImplemented) return NotImplemented;
      const a = B(args[0]);
      const times = checkRepeat(a.length, n as number, 1);
      const out = new Uint8Array(a.length * times);
      for (let i = 0; i < times; i++) out.set(a, i * a.length);
      return make(out);
    },
    __rmul__(args: PyValue[]) {
      const n = repeatCount(args[1]);
      if (n === NotImplemented) return NotImplemented;
      const a = B(args[0]);
      const times = checkRepeat(a.length, n as number, 1);
      const out = new Uint8Array(a.length * times);
      for (let i = 0; i < times; i++) out.set(a, i * a.length);
      return make(out);
    },
    __eq__: cmp(CompareOp.EQ),
    __ne__: cmp(CompareOp.NE),
    __lt__: cmp(CompareOp.LT),
    __le__: cmp(CompareOp.LE),
    __gt__: cmp(CompareOp.GT),
    __ge__: cmp(CompareOp.GE),
    decode(args: PyValue[], kwnames: readonly string[] | null) {
      const [enc, errors] = bindArgs("decode", args, kwnames, ["encoding", "errors"], 0, 1);
      return decodeBytes(
        B(args[0]),
        enc === undefined ? "utf-8" : strArg("decode", "encoding", enc),
        errors === undefined ? "strict" : strArg("decode", "errors", errors),
      );
    },
    hex(args: PyValue[], kwnames: readonly string[] | null) {
      const [sep, per] = bindArgs("hex", args, kwnames, ["sep", "bytes_per_sep"], 0, 1);
      return hexWithSep(B(args[0]), sep, per === undefined ? 1 : Number(asIndex(per)));
    },
    count(args: PyValue[]) {
      const b = B(args[0]);
      const n = needle(args[1]);
      const [s, e] = bounds(b.length, args[2], args[3]);
      if (n.length === 0) return e - s + 1;
      let c = 0;
      for (let i = indexOf(b, n, s, e); i >= 0; i = indexOf(b, n, i + n.length, e)) c++;
      return c;
    },
    find(args: PyValue[]) {
      const b = B(args[0]);
      const [s, e] = bounds(b.length, args[2], args[3]);
      return indexOf(b, needle(args[1]), s, e);
    },
    rfind(args: PyValue[]) {
      const b = B(args[0]);
      const [s, e] = bounds(b.length, args[2], args[3]);
      return indexOf(b, needle(args[1]), s, e, true);
    },
    index(args: PyValue[]) {
      const b = B(args[0]);
      const [s, e] = bounds(b.length, args[2], args[3]);
      const i = indexOf(b, needle(args[1]), s, e);
      if (i < 0) throw pyError(PyExc_ValueError, "subsection not found");
      return i;
    },
    rindex(args: PyValue[]) {
      const b = B(args[0]);
      const [s, e] = bounds(b.length, args[2], args[3]);
      const i = indexOf(b, needle(args[1]), s, e, true);
      if (i < 0) throw pyError(PyExc_ValueError, "subsection not found");
      return i;
    },
    startswith: prefixTest(false),
    endswith: prefixTest(true),
    split(args: PyValue[], kwnames: readonly string[] | null) {
      const [sep, maxsplit] = bindArgs("split", args, kwnames, ["sep", "maxsplit"], 0, 1);
      return new PyList(
        split(B(args[0]), sep, maxsplit === undefined ? -1 : Number(asIndex(maxsplit))).map(make),
      );
    },
    join(args: PyValue[]) {
      const sep = B(args[0]);
      const parts = iterateToArray(args[1]).map((p, i) => {
        const b = bytesOfQuiet(p);
        if (b === undefined) {
          throw pyError(
            PyExc_TypeError,
            `sequence item ${i}: expected a bytes-like object, ${typeOf(p).name} found`,
          );
        }
        return b;
      });
      const total = parts.reduce((n, p) => n + p.length, 0) +
        sep.length * Math.max(0, parts.length - 1);
      checkAllocation(total);
      const out = new Uint8Array(total);
      let o = 0;
      parts.forEach((p, i) => {
        if (i > 0) {
          out.set(sep, o);
          o += sep.length;
        }
        out.set(p, o);
        o += p.length;
      });
      return make(out);
    },
    strip: (args: PyValue[]) => make(strip(B(args[0]), args[1], true, true)),
    lstrip: (args: PyValue[]) => make(strip(B(args[0]), args[1], true, false)),
    rstrip: (args: PyValue[]) => make(strip(B(args[0]), args[1], false, true)),
    replace(args: PyValue[]) {
      const b = B(args[0]);
      const old = argBytes(args[1]), rep = argBytes(args[2]);
      const count = args[3] === undefined ? -1 : Number(asIndex(args[3]));
      const parts: number[] = [];
      let i = 0, n = 0;
      while (i <= b.length) {
        const j = old.length === 0 ? (i <= b.length ? i : -1) : indexOf(b, old, i, b.length);
        if (j < 0 || (count >= 0 && n >= count)) break;
        for (let k = i; k < j; k++) parts.push(b[k]);
        for (const x of rep) parts.push(x);
        n++;
        if (old.length === 0) {
          if (j < b.length) parts.push(b[j]);
          i = j + 1;
        } else i = j + old.length;
      }
      for (let k = i; k < b.length; k++) parts.push(b[k]);
      return make(Uint8Array.from(parts));
    },
    upper: (args: PyValue[]) => make(B(args[0]).map((c) => c >= 97 && c <= 122 ? c - 32 : c)),
    lower: (args: PyValue[]) => make(B(args[0]).map((c) => c >= 65 && c <= 90 ? c + 32 : c)),
    isdigit: (args: PyValue[]) =>
      B(args[0]).length > 0 && B(args[0]).every((c) => c >= 48 && c <= 57),
    isalpha: (args: PyValue[]) =>
      B(args[0]).length > 0 && B(args[0]).every((c) => (c | 32) >= 97 && (c | 32) <= 122),
    isspace: (args: PyValue[]) => B(args[0]).length > 0 && B(args[0]).every((c) => WS.has(c)),
    __mod__(args: PyValue[]) {
      // printf-style formatting on the latin-1 view of the bytes (%s takes bytes-like values).
      const fmt = latin1(B(args[0]));
      const conv = (v: PyValue): PyValue => {
        const b = bytesOf(v);
        if (b !== undefined) return latin1(b);
        return v;
      };
      const a = args[1];
      let values: PyValue;
      if (a instanceof PyTuple) values = makeTuple(a.items.map(conv));
      else if (a instanceof PyDict) {
        // %(name)s looks the name up as bytes: re-key the mapping by latin-1 text.
        const d = new PyDict();
        for (const e of a.entries()) d.set(conv(e.key), conv(e.value));
        values = d;
      } else values = conv(a);
      return make(fromLatin1(percentFormat(fmt.replace(/%([-+ #0-9.*]*)s/g, "%$1s"), values)));
    },
    __rmod__: () => NotImplemented,
    partition(args: PyValue[]) {
      const b = B(args[0]);
      const sep = argBytes(args[1]);
      if (sep.length === 0) throw pyError(PyExc_ValueError, "empty separator");
      const i = indexOf(b, sep, 0, b.length);
      if (i < 0) {
        return makeTuple([make(b.slice()), make(new Uint8Array(0)), make(new Uint8Array(0))]);
      }
      return makeTuple([make(b.slice(0, i)), make(sep.slice()), make(b.slice(i + sep.length))]);
    },
    rpartition(args: PyValue[]) {
      const b = B(args[0]);
      const sep = argBytes(args[1]);
      if (sep.length === 0) throw pyError(PyExc_ValueError, "empty separator");
      const i = indexOf(b, sep, 0, b.length, true);
      if (i < 0) {
        return makeTuple([make(new Uint8Array(0)), make(new Uint8Array(0)), make(b.slice())]);
      }
      return makeTuple([make(b.slice(0, i)), make(sep.slice()), make(b.slice(i + sep.length))]);
    },
    rsplit(args: PyValue[], kwnames: readonly string[] | null) {
      const [sep, maxsplit] = bindArgs("rsplit", args, kwnames, ["sep", "maxsplit"], 0, 1);
      return strMethodList(B(args[0]), "rsplit", [
        sep === undefined || sep === None ? None : latin1(argBytes(sep)),
        maxsplit ?? -1,
      ], make);
    },
    splitlines(args: PyValue[], kwnames: readonly string[] | null) {
      const [keep] = bindArgs("splitlines", args, kwnames, ["keepends"], 0, 1);
      const text = latin1(B(args[0]));
      const out: string[] = [];
      const re = /\r\n|\r|\n/g;
      let last = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        out.push(
          text.slice(last, keep !== undefined && isTrue(keep) ? m.index + m[0].length : m.index),
        );
        last = m.index + m[0].length;
      }
      if (last < text.length) out.push(text.slice(last));
      return new PyList(out.map((x) => make(fromLatin1(x))));
    },
    center: (args: PyValue[]) => justify(B(args[0]), args, "c", make),
    ljust: (args: PyValue[]) => justify(B(args[0]), args, "l", make),
    rjust: (args: PyValue[]) => justify(B(args[0]), args, "r", make),
    zfill: (args: PyValue[]) =>
      make(fromLatin1(callStr(latin1(B(args[0])), "zfill", [args[1]]) as string)),
    expandtabs: (args: PyValue[]) =>
      make(fromLatin1(callStr(latin1(B(args[0])), "expandtabs", args.slice(1)) as string)),
    removeprefix(args: PyValue[]) {
      const b = B(args[0]), p = argBytes(args[1]);
      return make(
        p.length > 0 && b.length >= p.length && matchAt(b, p, 0) ? b.slice(p.length) : b.slice(),
      );
    },
    removesuffix(args: PyValue[]) {
      const b = B(args[0]), p = argBytes(args[1]);
      return make(
        p.length > 0 && b.length >= p.length && matchAt(b, p, b.length - p.length)
          ? b.slice(0, b.length - p.length)
          : b.slice(),
      );
    },
    swapcase: (args: PyValue[]) =>
      make(B(args[0]).map((c) => isAsciiUpper(c) ? c + 32 : isAsciiLower(c) ? c - 32 : c)),
    capitalize: (args: PyValue[]) =>
      make(
        B(args[0]).map((c, i) =>
          i === 0 ? (isAsciiLower(c) ? c - 32 : c) : isAsciiUpper(c) ? c + 32 : c
        ),
      ),
    title(args: PyValue[]) {
      let prev = false;
      return make(
        B(args[0]).map((c) => {
          const cased = isAsciiUpper(c) || isAsciiLower(c);
          const r = prev ? (isAsciiUpper(c) ? c + 32 : c) : isAsciiLower(c) ? c - 32 : c;
          prev = cased;
          return r;
        }),
      );
    },
    isupper(args: PyValue[]) {
      const b = B(args[0]);
      return b.some(isAsciiUpper) && !b.some(isAsciiLower);
    },
    islower(args: PyValue[]) {
      const b = B(args[0]);
      return b.some(isAsciiLower) && !b.some(isAsciiUpper);
    },
    istitle(args: PyValue[]) {
      let prev = false, cased = false;
      for (const c of B(args[0])) {
        if (isAsciiUpper(c)) {
          if (prev) return false;
          prev = cased = true;
        } else if (isAsciiLower(c)) {
          if (!prev) return false;
          prev = cased = true;
        } else prev = false;
      }
      return cased;
    },
    isalnum: (args: PyValue[]) =>
      B(args[0]).length > 0 &&
      B(args[0]).every((c) => isAsciiUpper(c) || isAsciiLower(c) || (c >= 48 && c <= 57)),
    isascii: (args: PyValue[]) => B(args[0]).every((c) => c < 0x80),
    translate(args: PyValue[], kwnames: readonly string[] | null) {
      const [table, del] = bindArgs("translate", args, kwnames, ["table", "/", "delete"], 1, 1);
      const t = table === None ? null : argBytes(table!);
      if (t !== null && t.length !== 256) {
        throw pyError(PyExc_ValueError, "translation table must be 256 characters long");
      }
      const drop = new Set(del === undefined ? [] : argBytes(del));
      const out: number[] = [];
      for (const c of B(args[0])) if (!drop.has(c)) out.push(t === null ? c : t[c]);
      return make(Uint8Array.from(out));
    },
    __getnewargs__: (args: PyValue[]) => makeTuple([new PyBytes(B(args[0]).slice())]),
  };
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

export function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}
export function fromLatin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function callStr(s: string, name: string, args: PyValue[]): PyValue {
  return callSpecial(lookupSpecial(s, name)!, s, args);
}

function strMethodList(
  b: Uint8Array,
  name: string,
  args: PyValue[],
  make: (b: Uint8Array) => PyValue,
): PyValue {
  const r = callStr(latin1(b), name, args) as PyList;
  return new PyList(r.items.map((x) => make(fromLatin1(x as string))));
}

function justify(b: Uint8Array, args: PyValue[], kind: string, make: (b: Uint8Array) => PyValue) {
  const width = Number(asIndex(args[1]));
  let fill = 0x20;
  if (args[2] !== undefined) {
    const f = bytesOf(args[2]);
    if (f === undefined || f.length !== 1) {
      throw pyError(
        PyExc_TypeError,
        `${
          kind === "c" ? "center" : kind === "l" ? "ljust" : "rjust"
        }() argument 2 must be a byte string of length 1, not ${
          f === undefined ? typeOf(args[2]).name : "bytes"
        }`,
      );
    }
    fill = f[0];
  }
  const n = width - b.length;
  if (n <= 0) return make(b.slice());
  const left = kind === "l" ? 0 : kind === "r" ? n : Math.floor(n / 2) + (n & width & 1);
  const out = new Uint8Array(width).fill(fill);
  out.set(b, left);
  return make(out);
}

// ---- bytes -------------------------------------------------------------------------------------

defineNew(bytesType, (cls, args, kwnames) => {
  const b = bytesFromArgs("bytes", args, kwnames);
  return new PyBytes(b, cls);
});
defineMethods(bytesType, {
  ...commonMethods((b) => new PyBytes(b), true),
  __hash__(args) {
    let h = 0x345678;
    for (const c of (args[0] as PyBytes).bytes) h = (Math.imul(h, 1000003) ^ c) | 0;
    return h === -1 ? -2 : h;
  },
  __repr__: (args) => bytesRepr((args[0] as PyBytes).bytes),
  __bytes__: (args) => args[0],
  __getnewargs__: (args) => makeTuple([new PyBytes((args[0] as PyBytes).bytes)]),
});
function fromHex(s: string): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < s.length) {
    if (/\s/.test(s[i])) {
      i++;
      continue;
    }
    const pair = s.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
      const bad = /^[0-9a-fA-F]/.test(pair) ? i + 1 : i;
      throw pyError(
        PyExc_ValueError,
        `non-hexadecimal number found in fromhex() arg at position ${bad}`,
      );
    }
    out.push(parseInt(pair, 16));
    i += 2;
  }
  return out;
}
defineClassMethod(
  bytesType,
  "fromhex",
  (args) => new PyBytes(Uint8Array.from(fromHex(String(args[1])))),
);
function makeTrans(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  checkArgs("maketrans", args, kwnames, 2, 2);
  const from = argBytes(args[0]), to = argBytes(args[1]);
  if (from.length !== to.length) {
    throw pyError(PyExc_ValueError, "maketrans arguments must have same length");
  }
  const table = new Uint8Array(256).map((_, i) => i);
  from.forEach((c, i) => table[c] = to[i]);
  return new PyBytes(table);
}
// A static method of both types (bytearray's also returns bytes).
for (const t of [bytesType, byteArrayType]) {
  const f = new PyBuiltinFunction("maketrans", makeTrans, undefined, `${t.name}.maketrans`);
  f.staticOwner = t;
  t.dict.setStr("maketrans", f);
}

/** Argument counts of the methods bytes and bytearray share (CPython's messages). */
const commonArgCounts = {
  count: [1, 3, "old"],
  find: [1, 3, "old"],
  rfind: [1, 3, "old"],
  index: [1, 3, "old"],
  rindex: [1, 3, "old"],
  startswith: [1, 3, "old"],
  endswith: [1, 3, "old"],
  join: 1,
  replace: [2, 3],
  partition: 1,
  rpartition: 1,
  center: [1, 2],
  ljust: [1, 2],
  rjust: [1, 2],
  zfill: 1,
  removeprefix: 1,
  removesuffix: 1,
} as const;
requireArgs(bytesType, commonArgCounts);

// ---- bytearray ---------------------------------------------------------------------------------

const BA = (v: PyValue) => v as PyByteArray;
defineNew(byteArrayType, (cls) => new PyByteArray([], cls));
defineMethods(byteArrayType, {
  ...commonMethods((b) => new PyByteArray([...b]), false),
  __init__(args, kwnames) {
    const ba = BA(args[0]);
    const data = [...bytesFromArgs("bytearray", args, kwnames, 1)];
    // CPython empties the array first, then grows it: either step is a resize.
    if (ba.data.length !== 0) checkResize(ba, 0);
    else checkResize(ba, data.length);
    ba.data = data;
    return None;
  },
  __repr__: (args) => `bytearray(${bytesRepr(Uint8Array.from(BA(args[0]).data))})`,
  __setitem__(args) {
    const d = BA(args[0]).data;
    const key = args[1];
    if (key instanceof PySlice) {
      const src = [...(bytesOf(args[2]) ?? iterateToArray(args[2]).map(byteValue))];
      const [start, stop, step] = sliceIndices(key, d.length);
      if (step === 1) {
        checkResize(BA(args[0]), d.length - Math.max(0, stop - start) + src.length);
        d.splice(start, Math.max(0, stop - start), ...src);
      } else if (src.length === 0) {
        // Assigning nothing to an extended slice deletes it (bytearray_ass_subscript).
        const n = sliceIndices(key, d.length)[3];
        checkResize(BA(args[0]), d.length - n);
        const drop = new Set<number>();
        for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
        BA(args[0]).data = d.filter((_, i) => !drop.has(i));
      } else {
        const n = sliceIndices(key, d.length)[3];
        if (src.length !== n) {
          throw pyError(
            PyExc_ValueError,
            `attempt to assign bytes of size ${src.length} to extended slice of size ${n}`,
          );
        }
        let j = start;
        for (const v of src) {
          d[j] = v;
          j += step;
        }
      }
      return None;
    }
    const i0 = seqIndex(key, "bytearray");
    const i = i0 < 0 ? i0 + d.length : i0;
    if (i < 0 || i >= d.length) throw pyError(PyExc_IndexError, "bytearray index out of range");
    d[i] = byteValue(args[2]);
    return None;
  },
  __delitem__(args) {
    const d = BA(args[0]).data;
    const key = args[1];
    if (key instanceof PySlice) {
      const [start, stop, step, n] = sliceIndices(key, d.length);
      checkResize(BA(args[0]), d.length - n);
      if (step === 1) d.splice(start, Math.max(0, stop - start));
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
        BA(args[0]).data = d.filter((_, i) => !drop.has(i));
      }
      return None;
    }
    const i0 = seqIndex(key, "bytearray");
    const i = i0 < 0 ? i0 + d.length : i0;
    if (i < 0 || i >= d.length) throw pyError(PyExc_IndexError, "bytearray index out of range");
    checkResize(BA(args[0]), d.length - 1);
    d.splice(i, 1);
    return None;
  },
  __iadd__(args) {
    const other = bytesOfQuiet(args[1]);
    if (other === undefined) {
      throw pyError(
        PyExc_TypeError,
        `can't concat ${typeOf(args[1]).name} to ${typeOf(args[0]).name}`,
      );
    }
    const data = BA(args[0]).data;
    checkResize(BA(args[0]), data.length + other.length);
    for (const x of other) data.push(x);
    return args[0];
  },
  __imul__(args) {
    const n = repeatCount(args[1]);
    if (n === NotImplemented) return NotImplemented;
    const ba = BA(args[0]);
    const count = Math.max(0, n as number);
    checkResize(ba, ba.data.length * count);
    const times = checkRepeat(ba.data.length, count, 8);
    const one = ba.data.slice();
    ba.data.length = 0;
    for (let i = 0; i < times; i++) for (const x of one) ba.data.push(x);
    return args[0];
  },
  append(args, kw) {
    checkArgs("append", args, kw, 1, 1, 1);
    const v = byteValue(args[1]);
    checkResize(BA(args[0]), BA(args[0]).data.length + 1);
    BA(args[0]).data.push(v);
    return None;
  },
  extend(args) {
    const b = bytesOf(args[1]);
    const data = BA(args[0]).data;
    const items = b ?? iterateToArray(args[1]).map(byteValue);
    checkResize(BA(args[0]), data.length + items.length);
    for (const x of items) data.push(x);
    return None;
  },
  insert(args) {
    const d = BA(args[0]).data;
    let i = Number(asIndex(args[1]));
    const v = byteValue(args[2]);
    checkResize(BA(args[0]), d.length + 1);
    if (i < 0) i = Math.max(0, i + d.length);
    d.splice(Math.min(i, d.length), 0, v);
    return None;
  },
  pop(args) {
    const d = BA(args[0]).data;
    if (d.length === 0) throw pyError(PyExc_IndexError, "pop from empty bytearray");
    checkResize(BA(args[0]), d.length - 1);
    if (args.length === 1) return d.pop()!;
    const i0 = Number(asIndex(args[1]));
    const i = i0 < 0 ? i0 + d.length : i0;
    if (i < 0 || i >= d.length) throw pyError(PyExc_IndexError, "pop index out of range");
    return d.splice(i, 1)[0];
  },
  remove(args) {
    const d = BA(args[0]).data;
    const i = d.indexOf(byteValue(args[1]));
    if (i < 0) throw pyError(PyExc_ValueError, "value not found in bytearray");
    checkResize(BA(args[0]), d.length - 1);
    d.splice(i, 1);
    return None;
  },
  clear(args) {
    checkResize(BA(args[0]), 0);
    BA(args[0]).data.length = 0;
    return None;
  },
  reverse(args) {
    BA(args[0]).data.reverse();
    return None;
  },
  copy: (args) => new PyByteArray(BA(args[0]).data.slice()),
});
byteArrayType.dict.setStr("__hash__", None);
requireArgs(byteArrayType, { ...commonArgCounts, extend: 1, insert: [2, 2], remove: 1 });
defineClassMethod(byteArrayType, "fromhex", (args) => new PyByteArray(fromHex(String(args[1]))));

import { CompareOp } from "../compiler/opcodes.ts";
import {
  exceptionMatches,
  PyBaseException,
  pyError,
  PyExc_BufferError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.ts";
import { asIndex, callSpecial, isTrue, iterateToArray, lookupSpecial } from "./abstract.ts";
import { percentFormat } from "./str_format.ts";
import { compareNumbers, intValue } from "./int.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { EMPTY_TUPLE, makeTuple, PyTuple } from "./tuple.ts";
import { exhaustedReduce, iterReduce, stateIndex } from "./iterobject.ts";
import { PyList } from "./list.ts";
import { repeatCount, seqIndex } from "./sequence.ts";
import { decodeBytes, encodeStr, strValue } from "./str.ts";

import { contiguousViewBytes, hexWithSep, memoryViewBytes, PyMemoryView } from "./memoryview.ts";

/** A `str` argument of a bytes method ("decode() argument 'encoding' must be str, not None"). */
function strArg(fname: string, param: string, v: PyValue): string {
  const s = strValue(v);
  if (s !== undefined) return s;
  throw pyError(
    PyExc_TypeError,
    `${fname}() argument '${param}' must be str, not ${badArgName(v)}`,
  );
}
