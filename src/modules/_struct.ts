// The _struct module (CPython's Modules/_struct.c): packing Python values into C structs laid
// out as on x86-64 Linux ('@' native sizes and alignment, little-endian) or in the standard
// sizes with an explicit byte order ('=', '<', '>', '!').
import {
  None,
  objectType,
  PyDict,
  PyFloat,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import {
  bindArgs,
  defineGetter,
  defineMethods,
  defineNew,
  iteratorMethods,
  PyBuiltinFunction,
  PyGetSetDescriptor,
} from "../objects/builtin_function.ts";
import {
  isBaseException,
  newException,
  type PyBaseException,
  pyError,
  PyExc_Exception,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
} from "../objects/exceptions.ts";
import { asIndex, call, hash, isTrue, lookupSpecial } from "../objects/abstract.ts";
import { makeTuple } from "../objects/tuple.ts";
import { intToFloat, intValue } from "../objects/int.ts";
import { makeFloat, toFloat } from "../objects/float.ts";
import { encodeStr, PyStr, strValue } from "../objects/str.ts";
import { bytesOf, isBufferExporter, latin1, PyByteArray, PyBytes } from "../objects/bytes.ts";
import { PyMemoryView, writableBytesOf } from "../objects/memoryview.ts";
import { PyModule } from "../runtime/module_object.ts";

// ---- half floats (IEEE 754 binary16), as PyFloat_Pack2 / PyFloat_Unpack2 -------------------------

const f64 = new Float64Array(1);
const f64bits = new Uint8Array(f64.buffer);

/** The sign bit of a NaN (copysign(1.0, x) == -1.0), kept by the float's bits. */
function nanSign(x: number): number {
  f64[0] = x;
  return f64bits[7] >> 7;
}

/** The binary16 bits of x, rounding half to even; null when x is too large. */
export function packHalf(x: number): number | null {
  let sign = 0, e: number, bits: number;
  if (x === 0) {
    sign = Object.is(x, -0) ? 1 : 0;
    e = 0;
    bits = 0;
  } else if (x === Infinity || x === -Infinity) {
    sign = x < 0 ? 1 : 0;
    e = 0x1f;
    bits = 0;
  } else if (Number.isNaN(x)) {
    sign = nanSign(x);
    e = 0x1f;
    bits = 512;
  } else {
    sign = x < 0 ? 1 : 0;
    if (sign) x = -x;
    // frexp: x = f * 2**e with f in [1, 2) after normalization.
    e = Math.floor(Math.log2(x));
    let f = x / 2 ** e;
    if (f >= 2) {
      f /= 2;
      e++;
    } else if (f < 1) {
      f *= 2;
      e--;
    }
    if (e >= 16) return null;
    if (e < -25) {
      f = 0;
      e = 0;
    } else if (e < -14) {
      f = f * 2 ** (14 + e);
      e = 0;
    } else {
      e += 15;
      f -= 1;
    }
    f *= 1024;
    bits = Math.trunc(f);
    if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
      bits++;
      if (bits === 1024) {
        bits = 0;
        e++;
        if (e === 31) return null;
      }
    }
  }
  return bits | (e << 10) | (sign << 15);
}

export function unpackHalf(h: number): number {
  const sign = (h >> 15) & 1;
  let e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0x1f) {
    if (f === 0) return sign ? -Infinity : Infinity;
    return NaN;
  }
  let x = f / 1024;
  if (e === 0) e = -14;
  else {
    x += 1;
    e -= 15;
  }
  x *= 2 ** e;
  return sign ? -x : x;
}

// ---- format compilation -----------------------------------------------------------------------------

/** One format character with its repeat count: `count` items of `size` bytes from `offset`. */
interface Code {
  readonly ch: string;
  readonly offset: number;
  /** Item size; for 's' and 'p' the field length (count is then 1). */
  readonly size: number;
  readonly count: number;
}

interface Layout {
  readonly codes: Code[];
  readonly size: number;
  /** The size as a Python int (exact past 2**53, where `size` is not). */
  readonly exactSize: number | bigint;
  /** Number of Python values packed / unpacked. */
  readonly nitems: number;
  readonly little: boolean;
  readonly native: boolean;
}

const NATIVE_SIZES: Record<string, number> = {
  x: 1,
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
  P: 8,
  e: 2,
  f: 4,
  d: 8,
  s: 1,
  p: 1,
};
const STANDARD_SIZES: Record<string, number> = {
  x: 1,
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
  e: 2,
  f: 4,
  d: 8,
  s: 1,
  p: 1,
};

const SSIZE_MAX = 2n ** 63n - 1n;

function isSpace(c: string): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";
}

// ---- the module ---------------------------------------------------------------------------------------

interface StructState {
  error: PyType;
  cache: Map<string, PyStructObject>;
  structType: PyType;
  iterType: PyType;
}

class PyStructObject extends PyObject {
  layout: Layout | null = null;
  format = "";
  constructor(cls: PyType, readonly state: StructState) {
    super(cls);
  }
}

class UnpackIterator extends PyObject {
  offset = 0;
  readonly length: number;
  /** The buffer export held until exhaustion (a memoryview then refuses release()). */
  held: PyMemoryView | PyByteArray | null = null;
  constructor(
    cls: PyType,
    readonly struct: PyStructObject,
    public buffer: Uint8Array | PyByteArray | null,
  ) {
    super(cls);
    this.length = buffer === null
      ? 0
      : buffer instanceof PyByteArray
      ? buffer.data.length
      : buffer.length;
  }
}

function structError(state: StructState, msg: string): PyBaseException {
  return newException(state.error, [msg]);
}

function compile(state: StructState, fmt: string): Layout {
  if (fmt.includes("\0")) throw structError(state, "embedded null character");
  let i = 0;
  let little = true, native = true;
  const c0 = fmt[0];
  if (c0 === "@" || c0 === "=" || c0 === "<" || c0 === ">" || c0 === "!") {
    i = 1;
    native = c0 === "@";
    little = c0 === "@" || c0 === "=" || c0 === "<";
  }
  const table = native ? NATIVE_SIZES : STANDARD_SIZES;
  const tooLong = () => structError(state, "total struct size too long");
  const codes: Code[] = [];
  let size = 0n;
  let nitems = 0;
  while (i < fmt.length) {
    let c = fmt[i++];
    if (isSpace(c)) continue;
    let num = 1n;
    if (c >= "0" && c <= "9") {
      num = BigInt(c.charCodeAt(0) - 48);
      for (;;) {
        if (i >= fmt.length) {
          throw structError(state, "repeat count given without format specifier");
        }
        c = fmt[i++];
        if (!(c >= "0" && c <= "9")) break;
        num = num * 10n + BigInt(c.charCodeAt(0) - 48);
        if (num > SSIZE_MAX) throw tooLong();
      }
    }
    const itemSize = Object.hasOwn(table, c) ? table[c] : undefined;
    if (itemSize === undefined) throw structError(state, "bad char in struct format");
    if (native && itemSize > 1) {
      const s = BigInt(itemSize);
      size = (size + s - 1n) / s * s;
    }
    if (c === "s" || c === "p") {
      codes.push({ ch: c, offset: Number(size), size: Number(num), count: 1 });
      size += num;
      nitems++;
    } else if (c === "x") {
      size += num;
    } else if (num > 0n) {
      codes.push({ ch: c, offset: Number(size), size: itemSize, count: Number(num) });
      size += num * BigInt(itemSize);
      nitems += Number(num);
    }
    if (size > SSIZE_MAX) throw tooLong();
  }
  const exactSize = size > BigInt(Number.MAX_SAFE_INTEGER) ? size : Number(size);
  return { codes, size: Number(size), exactSize, nitems, little, native };
}

/** _PyType_Name: the type's name without its module. */
function shortName(t: PyType): string {
  return t.name.slice(t.name.lastIndexOf(".") + 1);
}

/** The format as a str (bytes are decoded as ASCII; str must be ASCII). */
function formatText(v: PyValue): string {
  const s = strValue(v);
  if (s !== undefined) {
    encodeStr(s, "ascii", "strict"); // raises UnicodeEncodeError as CPython's conversion does
    return s;
  }
  if (v instanceof PyBytes) return latin1(v.bytes);
  throw pyError(
    PyExc_TypeError,
    `Struct() argument 1 must be a str or bytes object, not ${shortName(typeOf(v))}`,
  );
}

/** Struct.__init__: as CPython, the format is replaced before compiling, so a failed re-init
 * leaves the new format with the old layout. */
function initStruct(s: PyStructObject, fmt: PyValue): void {
  const text = formatText(fmt);
  s.format = text;
  s.layout = compile(s.state, text);
}

/** What s_new leaves before __init__ runs: s_size and s_len are -1, no codes. */
const UNINITIALIZED: Layout = {
  codes: [],
  size: -1,
  exactSize: -1,
  nitems: -1,
  little: true,
  native: true,
};

function layoutOf(s: PyStructObject): Layout {
  return s.layout ?? UNINITIALIZED;
}

// ---- value conversion --------------------------------------------------------------------------------

const I64_MIN = -(2n ** 63n), I64_MAX = 2n ** 63n - 1n, U64_MAX = 2n ** 64n - 1n;

function intArg(state: StructState, v: PyValue): bigint {
  let n = intValue(v);
  if (n === undefined) {
    if (lookupSpecial(v, "__index__") === undefined) {
      throw structError(state, "required argument is not an integer");
    }
    n = asIndex(v);
  }
  return BigInt(n);
}

function floatArg(state: StructState, v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const n = intValue(v);
  try {
    if (n !== undefined) return intToFloat(n);
    if (typeof v === "string" || v instanceof PyStr || v instanceof PyBytes) throw null;
    return toFloat(v);
  } catch (e) {
    if (e === null || isBaseException(e)) {
      throw structError(state, "required argument is not a float");
    }
    throw e;
  }
}

/**
 * Checks an integer for format `ch` and returns it. The messages are CPython's per packer:
 * native and little-endian formats use the native packers on x86-64, big-endian ones the
 * generic byte-order packers (`'h' format requires ...`, "int too large to convert").
 */
function checkInt(
  state: StructState,
  ch: string,
  size: number,
  n: bigint,
  bigEndian: boolean,
  isInt: boolean,
): bigint {
  const outOfRange = () => structError(state, "argument out of range");
  // The packers that let PyLong_As*'s OverflowError through: s_pack_internal rewords it as
  // struct.error for an int, not for an object converted by __index__.
  const overflow = (msg: string) =>
    isInt ? structError(state, "int too large to convert") : pyError(PyExc_OverflowError, msg);
  if (bigEndian) {
    switch (ch) {
      case "h":
        if (n < I64_MIN || n > I64_MAX) throw outOfRange();
        if (n < -32768n || n > 32767n) {
          throw structError(state, "'h' format requires -32768 <= number <= 32767");
        }
        return n;
      case "H":
        if (n < 0n || n > U64_MAX) throw outOfRange();
        if (n > 65535n) throw structError(state, "'H' format requires 0 <= number <= 65535");
        return n;
      case "q":
        if (n < I64_MIN || n > I64_MAX) throw overflow("int too big to convert");
        return n;
      case "Q":
        if (n < 0n) throw overflow("can't convert negative int to unsigned");
        if (n > U64_MAX) throw overflow("int too big to convert");
        return n;
    }
  }
  switch (ch) {
    case "b":
      if (n < I64_MIN || n > I64_MAX) throw outOfRange();
      if (n < -128n || n > 127n) {
        throw structError(state, "byte format requires -128 <= number <= 127");
      }
      return n;
    case "B":
      if (n < I64_MIN || n > I64_MAX) throw outOfRange();
      if (n < 0n || n > 255n) throw structError(state, "ubyte format requires 0 <= number <= 255");
      return n;
    case "h":
      if (n < I64_MIN || n > I64_MAX) throw outOfRange();
      if (n < -32768n || n > 32767n) {
        throw structError(state, "short format requires -32768 <= number <= 32767");
      }
      return n;
    case "H":
      if (n < I64_MIN || n > I64_MAX) throw outOfRange();
      if (n < 0n || n > 65535n) {
        throw structError(state, "ushort format requires 0 <= number <= 65535");
      }
      return n;
    case "i":
    case "l":
    case "q":
    case "n":
      if (n < I64_MIN || n > I64_MAX) throw outOfRange();
      if (size === 4 && (n < -2147483648n || n > 2147483647n)) {
        throw structError(state, `'${ch}' format requires -2147483648 <= number <= 2147483647`);
      }
      return n;
    case "I":
    case "L":
    case "Q":
    case "N":
      if (n < 0n || n > U64_MAX) throw outOfRange();
      if (size === 4 && n > 4294967295n) {
        throw structError(state, `'${ch}' format requires 0 <= number <= 4294967295`);
      }
      return n;
    default: // 'P', through PyLong_AsVoidPtr
      if (n < I64_MIN) throw overflow("Python int too large to convert to C long");
      if (n > U64_MAX) throw overflow("Python int too large to convert to C unsigned long");
      return n;
  }
}

/** PyFloat_Pack2/4's OverflowError; s_pack_internal turns it into struct.error for an int. */
function floatOverflow(state: StructState, v: PyValue, ch: string): PyBaseException {
  if (intValue(v) !== undefined) return structError(state, "int too large to convert");
  return pyError(PyExc_OverflowError, `float too large to pack with ${ch} format`);
}

const SIGNED = new Set(["b", "h", "i", "l", "q", "n"]);

// ---- packing and unpacking ---------------------------------------------------------------------------

function packInto(
  state: StructState,
  layout: Layout,
  out: Uint8Array,
  base: number,
  args: readonly PyValue[],
  first: number,
): void {
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const little = layout.little;
  let ai = first;
  for (const code of layout.codes) {
    const ch = code.ch;
    if (ch === "s" || ch === "p") {
      const v = args[ai++];
      let data: Uint8Array;
      if (v instanceof PyBytes) data = v.bytes;
      else if (v instanceof PyByteArray) data = Uint8Array.from(v.data);
      else throw structError(state, `argument for '${ch}' must be a bytes object`);
      const at = base + code.offset;
      if (ch === "s") {
        const n = Math.min(data.length, code.size);
        out.set(data.subarray(0, n), at);
      } else if (code.size > 0) {
        const n = Math.min(data.length, code.size - 1, 255);
        out.set(data.subarray(0, Math.min(data.length, code.size - 1)), at + 1);
        out[at] = n;
      }
      continue;
    }
    for (let k = 0; k < code.count; k++) {
      const v = args[ai++];
      const at = base + code.offset + k * code.size;
      switch (ch) {
        case "c": {
          const b = v instanceof PyBytes ? v.bytes : null;
          if (b === null || b.length !== 1) {
            throw structError(state, "char format requires a bytes object of length 1");
          }
          out[at] = b[0];
          break;
        }
        case "?":
          out[at] = isTrue(v) ? 1 : 0;
          break;
        case "e": {
          const h = packHalf(floatArg(state, v));
          if (h === null) throw floatOverflow(state, v, "e");
          view.setUint16(at, h, little);
          break;
        }
        case "f": {
          const x = floatArg(state, v);
          const y = Math.fround(x);
          if (!layout.native && !Number.isFinite(y) && Number.isFinite(x)) {
            throw floatOverflow(state, v, "f");
          }
          view.setFloat32(at, y, little);
          break;
        }
        case "d":
          view.setFloat64(at, floatArg(state, v), little);
          break;
        default: {
          const n = checkInt(
            state,
            ch,
            code.size,
            intArg(state, v),
            !little,
            intValue(v) !== undefined,
          );
          switch (code.size) {
            case 1:
              out[at] = Number(n) & 0xff;
              break;
            case 2:
              view.setUint16(at, Number(n) & 0xffff, little);
              break;
            case 4:
              view.setUint32(at, Number(BigInt.asUintN(32, n)), little);
              break;
            default:
              view.setBigUint64(at, BigInt.asUintN(64, n), little);
          }
        }
      }
    }
  }
}

function unpackAt(layout: Layout, data: Uint8Array, base: number): PyValue {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const little = layout.little;
  const out: PyValue[] = [];
  for (const code of layout.codes) {
    const ch = code.ch;
    if (ch === "s") {
      const at = base + code.offset;
      out.push(new PyBytes(data.slice(at, at + code.size)));
      continue;
    }
    if (ch === "p") {
      const at = base + code.offset;
      if (code.size === 0) {
        out.push(new PyBytes(new Uint8Array(0)));
        continue;
      }
      let n = data[at];
      if (n >= code.size) n = code.size - 1;
      out.push(new PyBytes(data.slice(at + 1, at + 1 + n)));
      continue;
    }
    const signed = SIGNED.has(ch);
    for (let k = 0; k < code.count; k++) {
      const at = base + code.offset + k * code.size;
      switch (ch) {
        case "c":
          out.push(new PyBytes(data.slice(at, at + 1)));
          break;
        case "?":
          out.push(data[at] !== 0);
          break;
        case "e":
          out.push(makeFloat(unpackHalf(view.getUint16(at, little))));
          break;
        case "f":
          out.push(makeFloat(view.getFloat32(at, little)));
          break;
        case "d":
          out.push(makeFloat(view.getFloat64(at, little)));
          break;
        default:
          switch (code.size) {
            case 1:
              out.push(signed ? view.getInt8(at) : data[at]);
              break;
            case 2:
              out.push(signed ? view.getInt16(at, little) : view.getUint16(at, little));
              break;
            case 4:
              out.push(signed ? view.getInt32(at, little) : view.getUint32(at, little));
              break;
            default: {
              const b = signed ? view.getBigInt64(at, little) : view.getBigUint64(at, little);
              out.push(
                b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b,
              );
            }
          }
      }
    }
  }
  return makeTuple(out);
}

/** The bytes of a readable buffer argument (bytes-like), else TypeError. */
function readBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.bytes;
  if (isBufferExporter(v)) return v.bufferView();
  const b = bytesOf(v);
  if (b === undefined) {
    throw pyError(PyExc_TypeError, `a bytes-like object is required, not '${typeOf(v).name}'`);
  }
  return b;
}

/** A writable buffer: a scratch array to pack into and how to copy it back. */
function writeTarget(v: PyValue): { bytes: Uint8Array; commit: (() => void) | null } {
  const w = writableBytesOf(v);
  if (w !== undefined) {
    const { mem, start, length } = w;
    if (mem instanceof Uint8Array) {
      return { bytes: mem.subarray(start, start + length), commit: null };
    }
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) bytes[i] = mem[start + i];
    return {
      bytes,
      commit: () => {
        for (let i = 0; i < bytes.length; i++) mem[start + i] = bytes[i];
      },
    };
  }
  throw pyError(
    PyExc_TypeError,
    `argument must be read-write bytes-like object, not ${v === None ? "None" : typeOf(v).name}`,
  );
}

function structPack(s: PyStructObject, args: readonly PyValue[], first: number): PyBytes {
  const layout = layoutOf(s);
  const n = args.length - first;
  if (n !== layout.nitems) {
    throw structError(
      s.state,
      `pack expected ${layout.nitems} items for packing (got ${n})`,
    );
  }
  // PyBytes_FromStringAndSize's limit (smaller sizes fail as MemoryError when allocated).
  if (layout.exactSize > SSIZE_MAX - 33n) {
    throw pyError(PyExc_OverflowError, "byte string is too large");
  }
  const out = new Uint8Array(layout.size);
  packInto(s.state, layout, out, 0, args, first);
  return new PyBytes(out);
}

function structPackInto(s: PyStructObject, args: readonly PyValue[], first: number): PyValue {
  const layout = layoutOf(s);
  const state = s.state;
  const n = args.length - first;
  if (n !== layout.nitems + 2) {
    if (n === 0) throw structError(state, "pack_into expected buffer argument");
    if (n === 1) throw structError(state, "pack_into expected offset argument");
    throw structError(
      state,
      `pack_into expected ${layout.nitems} items for packing (got ${n - 2})`,
    );
  }
  const target = writeTarget(args[first]);
  const len = target.bytes.length;
  const offsetArg = asSsize(args[first + 1], true);
  if (typeof offsetArg === "bigint") {
    // Past 2**53 no buffer is long enough: only the messages remain (exact, as CPython's).
    if (offsetArg < 0n) {
      throw structError(state, `offset ${offsetArg} out of range for ${len}-byte buffer`);
    }
    throw structError(
      state,
      `pack_into requires a buffer of at least ${
        BigInt(layout.exactSize) + offsetArg
      } bytes for packing ${layout.exactSize} bytes at offset ${offsetArg} (actual buffer size is ${len})`,
    );
  }
  let offset = offsetArg;
  if (offset < 0) {
    if (offset + layout.size > 0) {
      throw structError(state, `no space to pack ${layout.exactSize} bytes at offset ${offset}`);
    }
    if (offset + len < 0) {
      throw structError(state, `offset ${offset} out of range for ${len}-byte buffer`);
    }
    offset += len;
  }
  if (len - offset < layout.size) {
    throw structError(
      state,
      `pack_into requires a buffer of at least ${
        BigInt(layout.exactSize) + BigInt(offset)
      } bytes for packing ${layout.exactSize} bytes at offset ${offset} (actual buffer size is ${len})`,
    );
  }
  // As CPython, the whole field is zeroed first (a failed pack leaves zeros behind).
  target.bytes.fill(0, offset, offset + layout.size);
  try {
    packInto(state, layout, target.bytes, offset, args, first + 2);
  } finally {
    target.commit?.();
  }
  return None;
}

/**
 * A Py_ssize_t argument: a bigint only past the safe-integer range, within C's. Out of C's range
 * unpack_from's converter raises OverflowError, pack_into's PyNumber_AsSsize_t(v, IndexError)
 * an IndexError.
 */
function asSsize(v: PyValue, indexError = false): number | bigint {
  const n = asIndex(v);
  if (typeof n === "bigint" && (n > SSIZE_MAX || n < -SSIZE_MAX - 1n)) {
    if (indexError) {
      throw pyError(PyExc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return n;
}

function structUnpack(s: PyStructObject, buffer: PyValue): PyValue {
  const layout = layoutOf(s);
  const data = readBuffer(buffer);
  if (data.length !== layout.size) {
    throw structError(s.state, `unpack requires a buffer of ${layout.exactSize} bytes`);
  }
  return unpackAt(layout, data, 0);
}

function structUnpackFrom(s: PyStructObject, buffer: PyValue, offsetObj: PyValue | undefined) {
  const layout = layoutOf(s);
  const state = s.state;
  const data = readBuffer(buffer);
  const len = data.length;
  const offsetArg = offsetObj === undefined ? 0 : asSsize(offsetObj);
  if (typeof offsetArg === "bigint") {
    if (offsetArg < 0n) {
      throw structError(state, `offset ${offsetArg} out of range for ${len}-byte buffer`);
    }
    throw structError(
      state,
      `unpack_from requires a buffer of at least ${
        BigInt(layout.exactSize) + offsetArg
      } bytes for unpacking ${layout.exactSize} bytes at offset ${offsetArg} (actual buffer size is ${len})`,
    );
  }
  let offset = offsetArg;
  if (offset < 0) {
    if (offset + len < 0) {
      throw structError(state, `offset ${offset} out of range for ${len}-byte buffer`);
    }
    if (offset + layout.size > 0) {
      throw structError(
        state,
        `not enough data to unpack ${layout.exactSize} bytes at offset ${offset}`,
      );
    }
    offset += len;
  }
  if (len - offset < layout.size) {
    throw structError(
      state,
      `unpack_from requires a buffer of at least ${
        BigInt(layout.exactSize) + BigInt(offset)
      } bytes for unpacking ${layout.exactSize} bytes at offset ${offset} (actual buffer size is ${len})`,
    );
  }
  return unpackAt(layout, data, offset);
}

function structIterUnpack(s: PyStructObject, buffer: PyValue): PyValue {
  const layout = layoutOf(s);
  if (layout.size === 0) {
    throw structError(s.state, "cannot iteratively unpack with a struct of length 0");
  }
  // A bytearray is read as it is at each step (CPython keeps a view of its buffer).
  const data = buffer instanceof PyByteArray ? buffer : readBuffer(buffer);
  const length = data instanceof PyByteArray ? data.data.length : data.length;
  if (length % layout.size !== 0) {
    throw structError(
      s.state,
      `iterative unpacking requires a buffer of a multiple of ${layout.exactSize} bytes`,
    );
  }
  const it = new UnpackIterator(s.state.iterType, s, data);
  // No export is held: without reference counting an iterator that is dropped unexhausted
  // would pin its buffer for good (see ManagedBuffer.pin in src/objects/memoryview.ts).
  void buffer;
  return it;
}

/** The vectorcall check of a METH_FASTCALL/METH_O function, named by module or type. */
function noKeywords(name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `${name}() takes no keyword arguments`);
  }
}

function makeStructType(state: StructState): PyType {
  const t = new PyType(typeType, "_struct.Struct", [objectType]);
  t.qualname = "Struct";
  t.dict.setStr("__module__", "_struct");
  t.allocate = (cls) => new PyStructObject(cls, state);
  const S = (v: PyValue) => v as PyStructObject;
  defineNew(t, (cls) => new PyStructObject(cls, state));
  defineMethods(t, {
    __init__(args, kwnames) {
      const total = args.length - 1;
      if (total > 1) {
        throw pyError(PyExc_TypeError, `Struct() takes at most 1 argument (${total} given)`);
      }
      const named = kwnames !== null && kwnames.length === 1;
      const fmt = !named ? args[1] : kwnames![0] === "format" ? args[1] : undefined;
      if (fmt === undefined) {
        throw pyError(PyExc_TypeError, "Struct() missing required argument 'format' (pos 1)");
      }
      initStruct(S(args[0]), fmt);
      return None;
    },
    pack(args, kwnames) {
      noKeywords("Struct.pack", kwnames);
      return structPack(S(args[0]), args, 1);
    },
    pack_into(args, kwnames) {
      noKeywords("Struct.pack_into", kwnames);
      return structPackInto(S(args[0]), args, 1);
    },
    unpack(args, kwnames) {
      noKeywords("Struct.unpack", kwnames);
      if (args.length !== 2) {
        throw pyError(
          PyExc_TypeError,
          `Struct.unpack() takes exactly one argument (${args.length - 1} given)`,
        );
      }
      return structUnpack(S(args[0]), args[1]);
    },
    unpack_from(args, kwnames) {
      const [buffer, offset] = bindArgs("unpack_from", args, kwnames, ["buffer", "offset"], 0, 1);
      if (buffer === undefined) {
        throw pyError(PyExc_TypeError, "unpack_from() missing required argument 'buffer' (pos 1)");
      }
      return structUnpackFrom(S(args[0]), buffer, offset);
    },
    iter_unpack(args, kwnames) {
      noKeywords("Struct.iter_unpack", kwnames);
      if (args.length !== 2) {
        throw pyError(
          PyExc_TypeError,
          `Struct.iter_unpack() takes exactly one argument (${args.length - 1} given)`,
        );
      }
      return structIterUnpack(S(args[0]), args[1]);
    },
    // CPython's PyStructObject (56 bytes) and its formatcode array (32 bytes each, plus the end
    // marker).
    __sizeof__: (args) => 56 + 32 * (layoutOf(S(args[0])).codes.length + 1),
  });
  defineGetter(t, "format", (s) => S(s).format);
  // Struct instances can be weakly referenced (CPython's weakreflist); _weakref looks for this.
  t.dict.setStr("__weakref__", new PyGetSetDescriptor("__weakref__", t, () => None, null));
  defineGetter(t, "size", (s) => layoutOf(S(s)).exactSize);
  t.dict.setStr(
    "__doc__",
    "Struct(format)\n--\n\nCreate a compiled struct object.\n\n" +
      "Return a new Struct object which writes and reads binary data according to\n" +
      "the format string.\n\nSee help(struct) for more on format strings.",
  );
  return t;
}

function makeIterType(): PyType {
  const t = new PyType(typeType, "_struct.unpack_iterator", [objectType]);
  t.qualname = "unpack_iterator";
  t.isFinal = true;
  t.dict.setStr("__module__", "_struct");
  // Only Struct.iter_unpack makes these (unpackiter_new's message, quote and all).
  defineNew(t, () => {
    throw pyError(PyExc_TypeError, "Cannot create 'unpack_iterator objects");
  });
  t.tp_iternext = (o) => {
    const it = o as UnpackIterator;
    const data = it.buffer;
    if (data === null) return undefined;
    const layout = layoutOf(it.struct);
    // A Struct never initialized (size -1) yields nothing rather than loop (CPython crashes).
    if (it.offset >= it.length || layout.size <= 0) {
      it.buffer = null;
      it.held = null;
      return undefined;
    }
    let v: PyValue;
    if (data instanceof PyByteArray) {
      const chunk = Uint8Array.from(data.data.slice(it.offset, it.offset + layout.size));
      v = unpackAt(layout, chunk, 0);
    } else v = unpackAt(layout, data, it.offset);
    it.offset += layout.size;
    return v;
  };
  defineMethods(t, {
    ...iteratorMethods(t),
    __length_hint__(args) {
      const it = args[0] as UnpackIterator;
      if (it.buffer === null) return 0;
      return (it.length - it.offset) / layoutOf(it.struct).size;
    },
  });
  return t;
}

const DOC = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`;

const MAXCACHE = 100;

export function createModule(): PyModule {
  const m = new PyModule("_struct");
  const d = m.dict;
  const ns = new PyDict();
  ns.setStr("__module__", "struct");
  const error = call(typeType, ["error", makeTuple([PyExc_Exception]), ns], null) as PyType;
  const state: StructState = {
    error,
    cache: new Map(),
    structType: undefined as unknown as PyType,
    iterType: makeIterType(),
  };
  state.structType = makeStructType(state);

  /** The cached Struct for a format argument (CPython's cache_struct_converter). */
  const structFor = (fmt: PyValue): PyStructObject => {
    const key = typeof fmt === "string"
      ? "s" + fmt
      : fmt instanceof PyBytes
      ? "b" + latin1(fmt.bytes)
      : null;
    if (key !== null) {
      const hit = state.cache.get(key);
      if (hit !== undefined) return hit;
    } else hash(fmt); // the cache is a dict: an unhashable format fails there first
    const s = new PyStructObject(state.structType, state);
    initStruct(s, fmt);
    if (key !== null) {
      if (state.cache.size >= MAXCACHE) state.cache.clear();
      state.cache.set(key, s);
    }
    return s;
  };
  const fn = (name: string, f: (args: PyValue[], kw: readonly string[] | null) => PyValue) => {
    d.setStr(name, new PyBuiltinFunction(name, f, undefined, name, "_struct"));
  };
  const exact = (name: string, n: number, args: PyValue[], kw: readonly string[] | null) => {
    noKeywords(`_struct.${name}`, kw);
    if (args.length !== n) {
      throw pyError(PyExc_TypeError, `${name} expected ${n} arguments, got ${args.length}`);
    }
  };

  d.setStr("__doc__", DOC);
  d.setStr("error", error);
  d.setStr("Struct", state.structType);
  fn("pack", (args, kw) => {
    noKeywords("_struct.pack", kw);
    if (args.length === 0) throw pyError(PyExc_TypeError, "missing format argument");
    return structPack(structFor(args[0]), args, 1);
  });
  fn("pack_into", (args, kw) => {
    noKeywords("_struct.pack_into", kw);
    if (args.length === 0) throw pyError(PyExc_TypeError, "missing format argument");
    return structPackInto(structFor(args[0]), args, 1);
  });
  fn("unpack", (args, kw) => {
    exact("unpack", 2, args, kw);
    return structUnpack(structFor(args[0]), args[1]);
  });
  fn("unpack_from", (args, kw) => {
    const npos = args.length - (kw === null ? 0 : kw.length);
    if (npos < 1) {
      throw pyError(
        PyExc_TypeError,
        `unpack_from() takes at least 1 positional argument (${npos} given)`,
      );
    }
    const [fmt, buffer, offset] = bindArgs(
      "unpack_from",
      args,
      kw,
      ["format", "/", "buffer", "offset"],
      1,
    );
    if (buffer === undefined) {
      throw pyError(PyExc_TypeError, "unpack_from() missing required argument 'buffer' (pos 2)");
    }
    return structUnpackFrom(structFor(fmt!), buffer, offset);
  });
  fn("iter_unpack", (args, kw) => {
    exact("iter_unpack", 2, args, kw);
    return structIterUnpack(structFor(args[0]), args[1]);
  });
  fn("calcsize", (args, kw) => {
    noKeywords("_struct.calcsize", kw);
    if (args.length !== 1) {
      throw pyError(
        PyExc_TypeError,
        `_struct.calcsize() takes exactly one argument (${args.length} given)`,
      );
    }
    return layoutOf(structFor(args[0])).exactSize;
  });
  fn("_clearcache", () => {
    state.cache.clear();
    return None;
  });
  return m;
}
