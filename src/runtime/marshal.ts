// CPython's value serialization (Python/marshal.c), version 4, for the types marshal supports:
// the core of the `marshal` module (src/modules/marshal.ts) and of the frozen importlib cache
// (import.ts). Values other than code objects use CPython's byte format, so data marshalled by
// CPython loads here and the other way round. Code objects use a Coil layout under CPython's
// TYPE_CODE tag, because Coil's instructions are not CPython's: a code record starts with
// CODE_FORMAT, and importlib's cache files are named by `sys.implementation.cache_tag`, which
// carries the same number, so a change of format never reads an old cache.
import { Ellipsis, None, PyDict, PyFloat, type PyValue, typeOf } from "../objects/object.ts";
import { PyByteArray, PyBytes } from "../objects/bytes.ts";
import { PyComplex } from "../objects/complex.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { frozenSetType, makeFrozenSet, makeSet, PySet, setType } from "../objects/set.ts";
import { type ExceptionTableEntry, PyCode } from "../objects/code.ts";
import { pyError, PyExc_EOFError, PyExc_StopIteration } from "../objects/exceptions.ts";
import * as ops from "./ops.ts";

/** The layout version of marshalled code objects (also in sys.implementation.cache_tag). */
export const CODE_FORMAT = 1;

const enum T {
  NULL = 0x30, // '0'
  NONE = 0x4e, // 'N'
  FALSE = 0x46, // 'F'
  TRUE = 0x54, // 'T'
  STOPITER = 0x53, // 'S'
  ELLIPSIS = 0x2e, // '.'
  INT = 0x69, // 'i'
  LONG = 0x6c, // 'l'
  BINARY_FLOAT = 0x67, // 'g'
  BINARY_COMPLEX = 0x79, // 'y'
  STRING = 0x73, // 's' (bytes)
  INTERNED = 0x74, // 't'
  REF = 0x72, // 'r'
  TUPLE = 0x28, // '('
  SMALL_TUPLE = 0x29, // ')'
  LIST = 0x5b, // '['
  DICT = 0x7b, // '{'
  CODE = 0x63, // 'c'
  UNICODE = 0x75, // 'u'
  SET = 0x3c, // '<'
  FROZENSET = 0x3e, // '>'
  ASCII = 0x61, // 'a'
  ASCII_INTERNED = 0x41, // 'A'
  SHORT_ASCII = 0x7a, // 'z'
  SHORT_ASCII_INTERNED = 0x5a, // 'Z'
}
const FLAG_REF = 0x80;
const MAX_DEPTH = 2000;

const encoder = new TextEncoder();

class Writer {
  bytes = new Uint8Array(256);
  length = 0;
  depth = 0;

  reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
  byte(b: number): void {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }
  int32(v: number): void {
    this.reserve(4);
    new DataView(this.bytes.buffer).setInt32(this.length, v, true);
    this.length += 4;
  }
  float64(v: number): void {
    this.reserve(8);
    new DataView(this.bytes.buffer).setFloat64(this.length, v, true);
    this.length += 8;
  }
  raw(data: Uint8Array): void {
    this.reserve(data.length);
    this.bytes.set(data, this.length);
    this.length += data.length;
  }
  sized(data: Uint8Array): void {
    this.int32(data.length);
    this.raw(data);
  }
}

function utf8(s: string): Uint8Array {
  // Lone surrogates are Python str values; marshal writes them as surrogatepass does.
  if (!/[\ud800-\udfff]/.test(s)) return encoder.encode(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else {
      out.push(
        0xf0 | (c >> 18),
        0x80 | ((c >> 12) & 63),
        0x80 | ((c >> 6) & 63),
        0x80 | (c & 63),
      );
    }
  }
  return new Uint8Array(out);
}

function fromUtf8(data: Uint8Array): string {
  let s = "";
  for (let i = 0; i < data.length;) {
    const b = data[i];
    let c: number;
    if (b < 0x80) {
      c = b;
      i++;
    } else if (b < 0xe0) {
      c = ((b & 31) << 6) | (data[i + 1] & 63);
      i += 2;
    } else if (b < 0xf0) {
      c = ((b & 15) << 12) | ((data[i + 1] & 63) << 6) | (data[i + 2] & 63);
      i += 3;
    } else {
      c = ((b & 7) << 18) | ((data[i + 1] & 63) << 12) | ((data[i + 2] & 63) << 6) |
        (data[i + 3] & 63);
      i += 4;
    }
    s += String.fromCodePoint(c);
  }
  return s;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function writeValue(w: Writer, v: PyValue): void {
  if (++w.depth > MAX_DEPTH) throw ops.valueError("object too deeply nested to marshal");
  try {
    writeValueInner(w, v);
  } finally {
    w.depth--;
  }
}

function writeLong(w: Writer, n: bigint): void {
  // Base 2**15 digits, least significant first, count signed by the sign.
  const negative = n < 0n;
  let m = negative ? -n : n;
  const digits: number[] = [];
  while (m > 0n) {
    digits.push(Number(m & 0x7fffn));
    m >>= 15n;
  }
  w.byte(T.LONG);
  w.int32(negative ? -digits.length : digits.length);
  w.reserve(digits.length * 2);
  for (const d of digits) {
    w.bytes[w.length++] = d & 0xff;
    w.bytes[w.length++] = d >> 8;
  }
}

function writeValueInner(w: Writer, v: PyValue): void {
  switch (typeof v) {
    case "boolean":
      w.byte(v ? T.TRUE : T.FALSE);
      return;
    case "number":
      if (v >= -2147483648 && v <= 2147483647) {
        w.byte(T.INT);
        w.int32(v);
      } else writeLong(w, BigInt(v));
      return;
    case "bigint":
      writeLong(w, v);
      return;
    case "string": {
      if (isAscii(v)) {
        if (v.length < 256) {
          w.byte(T.SHORT_ASCII);
          w.byte(v.length);
          w.raw(encoder.encode(v));
        } else {
          w.byte(T.ASCII);
          w.sized(encoder.encode(v));
        }
      } else {
        w.byte(T.UNICODE);
        w.sized(utf8(v));
      }
      return;
    }
  }
  if (v === None) return w.byte(T.NONE);
  if (v === Ellipsis) return w.byte(T.ELLIPSIS);
  if (v === PyExc_StopIteration) return w.byte(T.STOPITER);
  const t = typeOf(v);
  if (v instanceof PyFloat && t.name === "float" && !t.isHeapType) {
    w.byte(T.BINARY_FLOAT);
    w.float64(v.value);
    return;
  }
  if (v instanceof PyComplex && !t.isHeapType) {
    w.byte(T.BINARY_COMPLEX);
    w.float64(v.real);
    w.float64(v.imag);
    return;
  }
  if (v instanceof PyBytes && !t.isHeapType) {
    w.byte(T.STRING);
    w.sized(v.bytes);
    return;
  }
  if (v instanceof PyByteArray && !t.isHeapType) {
    w.byte(T.STRING);
    w.sized(Uint8Array.from(v.data));
    return;
  }
  if (v instanceof PyTuple && !t.isHeapType) {
    if (v.items.length < 256) {
      w.byte(T.SMALL_TUPLE);
      w.byte(v.items.length);
    } else {
      w.byte(T.TUPLE);
      w.int32(v.items.length);
    }
    for (const x of v.items) writeValue(w, x);
    return;
  }
  if (v instanceof PyList && !t.isHeapType) {
    w.byte(T.LIST);
    w.int32(v.items.length);
    for (const x of v.items) writeValue(w, x);
    return;
  }
  if (v instanceof PyDict && !t.isHeapType) {
    w.byte(T.DICT);
    for (const e of v.entries()) {
      writeValue(w, e.key);
      writeValue(w, e.value);
    }
    w.byte(T.NULL);
    return;
  }
  if (v instanceof PySet && (t === setType || t === frozenSetType)) {
    w.byte(t === setType ? T.SET : T.FROZENSET);
    w.int32(v.size);
    for (const x of v.values()) writeValue(w, x);
    return;
  }
  if (v instanceof PyCode) return writeCode(w, v);
  throw ops.valueError("unmarshallable object");
}

function int32Bytes(a: Int32Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

function writeCode(w: Writer, c: PyCode): void {
  w.byte(T.CODE);
  w.int32(CODE_FORMAT);
  for (
    const n of [
      c.co_argcount,
      c.co_posonlyargcount,
      c.co_kwonlyargcount,
      c.co_flags,
      c.co_stacksize,
      c.co_firstlineno,
    ]
  ) w.int32(n);
  w.sized(int32Bytes(c.co_code));
  writeValue(w, makeTuple(c.co_consts));
  writeValue(w, makeTuple(c.co_names));
  writeValue(w, makeTuple(c.co_localsplusnames));
  w.sized(c.co_localspluskinds);
  writeValue(w, c.co_filename);
  writeValue(w, c.co_name);
  writeValue(w, c.co_qualname);
  w.sized(int32Bytes(c.co_positions));
  w.int32(c.co_exceptiontable.length);
  for (const e of c.co_exceptiontable) {
    w.int32(e.start);
    w.int32(e.end);
    w.int32(e.target);
    w.int32(e.depth);
    w.byte(e.lasti ? 1 : 0);
  }
}

class Reader {
  pos = 0;
  depth = 0;
  refs: (PyValue | undefined)[] = [];
  readonly view: DataView;
  constructor(readonly data: Uint8Array) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }
  need(n: number): void {
    if (this.pos + n > this.data.length) {
      throw pyError(PyExc_EOFError, "marshal data too short");
    }
  }
  byte(): number {
    this.need(1);
    return this.data[this.pos++];
  }
  int32(): number {
    this.need(4);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }
  float64(): number {
    this.need(8);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
  raw(n: number): Uint8Array {
    if (n < 0) throw ops.valueError("bad marshal data (bytes object size out of range)");
    this.need(n);
    const out = this.data.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

function badData(what: string): never {
  throw ops.valueError(`bad marshal data (${what})`);
}

function readValue(r: Reader): PyValue {
  if (++r.depth > MAX_DEPTH) {
    throw ops.valueError("recursion limit exceeded");
  }
  try {
    return readValueInner(r);
  } finally {
    r.depth--;
  }
}

function readObject(r: Reader): PyValue {
  const v = readValue(r);
  if (v === undefined) badData("NULL object in marshal data for object");
  return v;
}

function readValueInner(r: Reader): PyValue {
  if (r.pos >= r.data.length) throw pyError(PyExc_EOFError, "EOF read where object expected");
  const code = r.byte();
  const type = code & ~FLAG_REF;
  const flag = (code & FLAG_REF) !== 0;
  let slot = -1;
  if (flag) {
    slot = r.refs.length;
    r.refs.push(undefined);
  }
  const keep = (v: PyValue): PyValue => {
    if (flag) r.refs[slot] = v;
    return v;
  };
  switch (type) {
    case T.NULL:
      return undefined as unknown as PyValue;
    case T.NONE:
      return None;
    case T.FALSE:
      return false;
    case T.TRUE:
      return true;
    case T.ELLIPSIS:
      return Ellipsis;
    case T.STOPITER:
      return PyExc_StopIteration;
    case T.INT:
      return keep(r.int32());
    case T.LONG: {
      const n = r.int32();
      const count = Math.abs(n);
      let m = 0n;
      for (let i = count - 1; i >= 0; i--) {
        const at = r.pos + 2 * i;
        r.need(2 * i + 2);
        const d = r.data[at] | (r.data[at + 1] << 8);
        if (d > 0x7fff) badData("digit out of range in long");
        m = (m << 15n) | BigInt(d);
      }
      r.pos += 2 * count;
      const v = n < 0 ? -m : m;
      return keep(
        v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER)
          ? Number(v)
          : v,
      );
    }
    case T.BINARY_FLOAT:
      return keep(new PyFloat(r.float64()));
    case T.BINARY_COMPLEX: {
      const re = r.float64();
      return keep(new PyComplex(re, r.float64()));
    }
    case T.STRING:
      return keep(new PyBytes(r.raw(r.int32()).slice()));
    case T.UNICODE:
    case T.INTERNED:
      return keep(fromUtf8(r.raw(r.int32())));
    case T.ASCII:
    case T.ASCII_INTERNED:
      return keep(latin1(r.raw(r.int32())));
    case T.SHORT_ASCII:
    case T.SHORT_ASCII_INTERNED:
      return keep(latin1(r.raw(r.byte())));
    case T.SMALL_TUPLE:
    case T.TUPLE: {
      const n = type === T.SMALL_TUPLE ? r.byte() : r.int32();
      if (n < 0) badData("tuple size out of range");
      const items: PyValue[] = new Array(n);
      const t = new PyTuple(items);
      keep(t);
      for (let i = 0; i < n; i++) items[i] = readObject(r);
      return t;
    }
    case T.LIST: {
      const n = r.int32();
      if (n < 0) badData("list size out of range");
      const list = new PyList([]);
      keep(list);
      for (let i = 0; i < n; i++) list.items.push(readObject(r));
      return list;
    }
    case T.DICT: {
      const d = new PyDict();
      keep(d);
      for (;;) {
        const k = readValue(r);
        if (k === undefined) break;
        const v = readValue(r);
        if (v === undefined) break;
        d.set(k, v);
      }
      return d;
    }
    case T.SET:
    case T.FROZENSET: {
      const n = r.int32();
      if (n < 0) badData("set size out of range");
      const items: PyValue[] = [];
      const placeholder = slot;
      for (let i = 0; i < n; i++) items.push(readObject(r));
      const s = type === T.SET ? makeSet(items) : makeFrozenSet(items);
      if (flag) r.refs[placeholder] = s;
      return s;
    }
    case T.REF: {
      const n = r.int32();
      const v = n >= 0 && n < r.refs.length ? r.refs[n] : undefined;
      if (v === undefined) badData("invalid reference");
      return v;
    }
    case T.CODE:
      return keep(readCode(r));
    default:
      return badData("unknown type code");
  }
}

const asciiDecoder = new TextDecoder();

/**
 * Bytes as code points 0-255. Most strings in code are names of a few characters, made fastest
 * by a loop; longer ones (docstrings) by the native UTF-8 decoder when they are ASCII, which the
 * decoded length and the absence of U+FFFD prove (any byte >= 0x80 shortens the text or becomes
 * U+FFFD). Both are 6-80x faster than fromCharCode over a spread subarray.
 */
function latin1(data: Uint8Array): string {
  let s = "";
  if (data.length <= 16) {
    for (let i = 0; i < data.length; i++) s += String.fromCharCode(data[i]);
    return s;
  }
  s = asciiDecoder.decode(data);
  if (s.length === data.length && !s.includes("\uFFFD")) return s;
  s = "";
  for (let i = 0; i < data.length; i += 4096) {
    s += String.fromCharCode.apply(null, data.subarray(i, i + 4096) as unknown as number[]);
  }
  return s;
}

function int32ArrayOf(data: Uint8Array): Int32Array {
  const copy = data.slice();
  return new Int32Array(copy.buffer, 0, copy.length >> 2);
}

function readCode(r: Reader): PyCode {
  if (r.int32() !== CODE_FORMAT) {
    badData("code object from another Coil version");
  }
  const argcount = r.int32(), posonly = r.int32(), kwonly = r.int32();
  const flags = r.int32(), stacksize = r.int32(), firstlineno = r.int32();
  const code = int32ArrayOf(r.raw(r.int32()));
  const consts = (readObject(r) as PyTuple).items.slice();
  const names = (readObject(r) as PyTuple).items as string[];
  const localsplusnames = (readObject(r) as PyTuple).items as string[];
  const kinds = r.raw(r.int32()).slice();
  const filename = readObject(r) as string;
  const name = readObject(r) as string;
  const qualname = readObject(r) as string;
  const positions = int32ArrayOf(r.raw(r.int32()));
  const n = r.int32();
  const table: ExceptionTableEntry[] = [];
  for (let i = 0; i < n; i++) {
    const start = r.int32(), end = r.int32(), target = r.int32(), depth = r.int32();
    table.push({ start, end, target, depth, lasti: r.byte() === 1 });
  }
  return new PyCode(
    code,
    consts,
    names.slice(),
    localsplusnames.slice(),
    kinds,
    argcount,
    posonly,
    kwonly,
    flags,
    stacksize,
    name,
    qualname,
    filename,
    firstlineno,
    positions,
    table,
  );
}

/** marshal.dumps(value): the bytes. */
export function marshalDumps(v: PyValue): Uint8Array {
  const w = new Writer();
  writeValue(w, v);
  return w.bytes.slice(0, w.length);
}

/** marshal.loads(bytes): the value. */
export function marshalLoads(data: Uint8Array): PyValue {
  return readObject(new Reader(data));
}
