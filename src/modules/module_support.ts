// Shared machinery of _md5, _sha1, _sha256, _sha512, _sha3, _blake2, _hashlib, binascii, zlib
// and _random (not a module itself): Argument Clinic's argument parsing and messages, the hash
// object types, BLAKE2, CRC-32 and pickling refusal. Hash objects wrap a `HashState`
// (node:crypto's incremental Hash, or the BLAKE2 implementation below, which node:crypto cannot
// parameterize) in a Python type made per module, as CPython's are.
import { checkArgs as checkPositionalArgs } from "../objects/builtin_function.ts";
import type { Hash } from "node:crypto";
import { nodeCrypto } from "../runtime/node_builtins.ts";
import {
  None,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "../objects/object.ts";
import { lookupType } from "../objects/type.ts";
import {
  defineGetter,
  defineMethods,
  defineNew,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { pyError, PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.ts";
import {
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_SystemError,
} from "../objects/exceptions.ts";
import { bytesOf, PyBytes } from "../objects/bytes.ts";
import { identityHash } from "../objects/abstract.ts";
import * as abs from "../objects/abstract.ts";
import { strValue } from "../objects/str.ts";
import { PyModule } from "../runtime/module_object.ts";

// ---- Arguments (Argument Clinic's messages) -------------------------------------------------

/**
 * How a function parses when all its parameters are positional-only: `qualified` is the name
 * its "takes no keyword arguments" message uses (e.g. "zlib.crc32"); `keywords` marks methods
 * parsed by _PyArg_UnpackKeywords anyway (those taking the defining class).
 */
export interface ArgStyle {
  qualified?: string;
  keywords?: boolean;
}

/**
 * Binds arguments to `pos` (positional-or-keyword, or positional-only up to `posOnly`) and
 * `kwOnly` names; returns one slot per name (pos then kwOnly), undefined when not given.
 */
export function parseArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  pos: readonly string[],
  kwOnly: readonly string[] = [],
  required = 0,
  posOnly = 0,
  self = 0,
  style: ArgStyle = {},
): (PyValue | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw - self;
  const maxPos = pos.length;
  const plural = (n: number) => n === 1 ? "" : "s";
  if (style.keywords && maxPos + kwOnly.length === 0) {
    if (npos + nkw > 0) throw pyError(PyExc_TypeError, `${fname}() takes no arguments`);
    return [];
  }
  if (posOnly === maxPos && kwOnly.length === 0 && !style.keywords) {
    // All positional-only: _PyArg_CheckPositional's messages.
    if (nkw > 0) {
      throw pyError(PyExc_TypeError, `${style.qualified ?? fname}() takes no keyword arguments`);
    }
    if (npos < required || npos > maxPos) {
      const n = npos < required ? required : maxPos;
      const bound = required === maxPos ? "" : npos < required ? "at least " : "at most ";
      throw pyError(
        PyExc_TypeError,
        `${fname} expected ${bound}${n} argument${plural(n)}, got ${npos}`,
      );
    }
    return args.slice(self, self + npos).concat(new Array(maxPos - npos).fill(undefined));
  }
  // _PyArg_UnpackKeywords's checks, in its order.
  const maxArgs = maxPos + kwOnly.length;
  if (npos + nkw > maxArgs) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes at most ${maxArgs} ${npos === 0 ? "keyword " : ""}argument${
        plural(maxArgs)
      } (${npos + nkw} given)`,
    );
  }
  if (npos > maxPos) {
    if (maxPos === 0) throw pyError(PyExc_TypeError, `${fname}() takes no positional arguments`);
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes ${required < maxPos ? "at most" : "exactly"} ${maxPos} positional argument${
        plural(maxPos)
      } (${npos} given)`,
    );
  }
  const minPosOnly = Math.min(required, posOnly);
  if (npos < minPosOnly) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes ${
        minPosOnly < maxPos ? "at least" : "exactly"
      } ${minPosOnly} positional argument${plural(minPosOnly)} (${npos} given)`,
    );
  }
  const out: (PyValue | undefined)[] = new Array(maxArgs).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[self + i];
  let unexpected: string | null = null;
  // A keyword also given by position: reported after a missing required argument, as CPython.
  let twice = -1;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    let idx = pos.indexOf(name);
    if (idx >= 0 && idx < posOnly) idx = -1;
    if (idx < 0) {
      idx = kwOnly.indexOf(name);
      if (idx >= 0) idx += maxPos;
    }
    if (idx < 0) {
      unexpected ??= name;
      continue;
    }
    if (idx < npos) {
      if (twice < 0 || idx < twice) twice = idx;
      continue;
    }
    out[idx] = args[self + npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw pyError(
        PyExc_TypeError,
        `${fname}() missing required argument '${pos[i]}' (pos ${i + 1})`,
      );
    }
  }
  if (twice >= 0) {
    throw pyError(
      PyExc_TypeError,
      `argument for ${fname}() given by name ('${pos[twice]}') and position (${twice + 1})`,
    );
  }
  if (unexpected !== null) {
    throw pyError(PyExc_TypeError, `'${unexpected}' is an invalid keyword argument for ${fname}()`);
  }
  return out;
}

/** Data to hash: a bytes-like object (str refused as CPython's GET_BUFFER_VIEW_OR_ERROUT). */
export function hashData(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b !== undefined) return b;
  if (strValue(v) !== undefined) {
    throw pyError(PyExc_TypeError, "Strings must be encoded before hashing");
  }
  throw pyError(PyExc_TypeError, "object supporting the buffer API required");
}

/** A bytes-like argument ("a bytes-like object is required, not 'str'"). */
export function bufferArg(v: PyValue): Uint8Array {
  const b = bytesOf(v);
  if (b !== undefined) return b;
  throw pyError(PyExc_TypeError, `a bytes-like object is required, not '${abs.typeName(v)}'`);
}

export function makeBytes(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

const HEX = "0123456789abcdef";
export function toHex(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += HEX[b[i] >> 4] + HEX[b[i] & 15];
  return s;
}

export function moduleFunction(
  module: string,
  name: string,
  fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue,
): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn, undefined, name, module);
}

// ---- Hash states -----------------------------------------------------------------------------

export interface HashState {
  update(data: Uint8Array): void;
  /** The digest (of `length` bytes for XOFs) without finishing the state. */
  digest(length: number): Uint8Array;
  copy(): HashState;
}

/** node:crypto's incremental hash; digest() finishes a copy so updates may continue. */
export class NodeHashState implements HashState {
  constructor(readonly algorithm: string, readonly hash: Hash, readonly xof: boolean) {}
  static create(algorithm: string, xof: boolean): NodeHashState {
    // SHAKE needs an explicit output length (Deno warns otherwise); digest() sets the real one.
    return new NodeHashState(
      algorithm,
      nodeCrypto().createHash(algorithm, xof ? { outputLength: 16 } : undefined),
      xof,
    );
  }
  update(data: Uint8Array): void {
    this.hash.update(data);
  }
  digest(length: number): Uint8Array {
    if (this.xof && length === 0) return new Uint8Array(0);
    const copy = this.xof ? this.hash.copy({ outputLength: length }) : this.hash.copy();
    return new Uint8Array(copy.digest());
  }
  copy(): HashState {
    return new NodeHashState(
      this.algorithm,
      this.xof ? this.hash.copy({ outputLength: 16 }) : this.hash.copy(),
      this.xof,
    );
  }
}

// ---- BLAKE2 (RFC 7693) with the full parameter block ---------------------------------------

export interface Blake2Params {
  digestSize: number;
  key: Uint8Array;
  salt: Uint8Array;
  person: Uint8Array;
  fanout: number;
  depth: number;
  leafSize: number;
  nodeOffset: bigint;
  nodeDepth: number;
  innerSize: number;
  lastNode: boolean;
}

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];
const SIGMA_FLAT = Uint8Array.from(SIGMA.flat());
const IV32 = Uint32Array.from([
  0x6a09e667,
  0xbb67ae85,
  0x3c6ef372,
  0xa54ff53a,
  0x510e527f,
  0x9b05688c,
  0x1f83d9ab,
  0x5be0cd19,
]);
/** BLAKE2b's IV as (low, high) 32-bit halves. */
const IV64 = Uint32Array.from([
  0xf3bcc908,
  0x6a09e667,
  0x84caa73b,
  0xbb67ae85,
  0xfe94f82b,
  0x3c6ef372,
  0x5f1d36f1,
  0xa54ff53a,
  0xade682d1,
  0x510e527f,
  0x2b3e6c1f,
  0x9b05688c,
  0xfb41bd6b,
  0x1f83d9ab,
  0x137e2179,
  0x5be0cd19,
]);

function paramBlock(p: Blake2Params, big: boolean): Uint8Array {
  const block = new Uint8Array(big ? 64 : 32);
  block[0] = p.digestSize;
  block[1] = p.key.length;
  block[2] = p.fanout;
  block[3] = p.depth;
  new DataView(block.buffer).setUint32(4, p.leafSize, true);
  let off = p.nodeOffset;
  const offBytes = big ? 8 : 6;
  for (let i = 0; i < offBytes; i++, off >>= 8n) block[8 + i] = Number(off & 0xffn);
  block[8 + offBytes] = p.nodeDepth;
  block[9 + offBytes] = p.innerSize;
  const saltAt = big ? 32 : 16;
  const saltSize = big ? 16 : 8;
  block.set(p.salt, saltAt);
  block.set(p.person, saltAt + saltSize);
  return block;
}

export class Blake2State implements HashState {
  readonly h: Uint32Array;
  readonly buf: Uint8Array;
  /** Scratch of compress (working vector and message words), kept to avoid allocation. */
  readonly v: Uint32Array;
  readonly m: Uint32Array;
  bufLen = 0;
  /** Bytes compressed so far (a double: exact up to 2**53). */
  counter = 0;
  constructor(
    readonly big: boolean,
    readonly digestSize: number,
    readonly lastNode: boolean,
    h: Uint32Array,
    buf: Uint8Array,
  ) {
    this.h = h;
    this.buf = buf;
    this.v = new Uint32Array(big ? 32 : 16);
    this.m = new Uint32Array(big ? 32 : 16);
  }

  static create(big: boolean, p: Blake2Params): Blake2State {
    const h = Uint32Array.from(big ? IV64 : IV32);
    const pb = new DataView(paramBlock(p, big).buffer);
    for (let i = 0; i < h.length; i++) h[i] ^= pb.getUint32(i * 4, true);
    const s = new Blake2State(big, p.digestSize, p.lastNode, h, new Uint8Array(big ? 128 : 64));
    if (p.key.length > 0) {
      s.buf.set(p.key);
      s.bufLen = s.buf.length;
    }
    return s;
  }

  update(data: Uint8Array): void {
    const block = this.buf.length;
    let i = 0;
    while (i < data.length) {
      if (this.bufLen === block) {
        // The last block is compressed only once it is known not to be the final one.
        this.counter += block;
        this.compress(this.buf, false);
        this.bufLen = 0;
      }
      const n = Math.min(block - this.bufLen, data.length - i);
      this.buf.set(data.subarray(i, i + n), this.bufLen);
      this.bufLen += n;
      i += n;
    }
  }

  digest(): Uint8Array {
    const s = this.copy() as Blake2State;
    s.counter += s.bufLen;
    s.buf.fill(0, s.bufLen);
    s.compress(s.buf, true);
    const out = new Uint8Array(this.digestSize);
    const full = new Uint8Array(s.h.length * 4);
    const dv = new DataView(full.buffer);
    for (let i = 0; i < s.h.length; i++) dv.setUint32(i * 4, s.h[i], true);
    out.set(full.subarray(0, this.digestSize));
    return out;
  }

  copy(): HashState {
    const s = new Blake2State(
      this.big,
      this.digestSize,
      this.lastNode,
      this.h.slice(),
      this.buf.slice(),
    );
    s.bufLen = this.bufLen;
    s.counter = this.counter;
    return s;
  }

  private compress(block: Uint8Array, last: boolean): void {
    if (this.big) this.compress64(block, last);
    else this.compress32(block, last);
  }

  private compress32(block: Uint8Array, last: boolean): void {
    const v = this.v;
    const m = this.m;
    const dv = new DataView(block.buffer, block.byteOffset, 64);
    for (let i = 0; i < 16; i++) m[i] = dv.getUint32(i * 4, true);
    const h = this.h;
    for (let i = 0; i < 8; i++) {
      v[i] = h[i];
      v[i + 8] = IV32[i];
    }
    v[12] ^= this.counter >>> 0;
    v[13] ^= Math.floor(this.counter / 4294967296) >>> 0;
    if (last) {
      v[14] = ~v[14];
      if (this.lastNode) v[15] = ~v[15];
    }
    const S = SIGMA_FLAT;
    for (let r = 0; r < 10; r++) {
      const s = r * 16;
      g32(v, 0, 4, 8, 12, m[S[s]], m[S[s + 1]]);
      g32(v, 1, 5, 9, 13, m[S[s + 2]], m[S[s + 3]]);
      g32(v, 2, 6, 10, 14, m[S[s + 4]], m[S[s + 5]]);
      g32(v, 3, 7, 11, 15, m[S[s + 6]], m[S[s + 7]]);
      g32(v, 0, 5, 10, 15, m[S[s + 8]], m[S[s + 9]]);
      g32(v, 1, 6, 11, 12, m[S[s + 10]], m[S[s + 11]]);
      g32(v, 2, 7, 8, 13, m[S[s + 12]], m[S[s + 13]]);
      g32(v, 3, 4, 9, 14, m[S[s + 14]], m[S[s + 15]]);
    }
    for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  }

  private compress64(block: Uint8Array, last: boolean): void {
    // 64-bit words as (low, high) uint32 pairs: word i is v[2i], v[2i+1].
    const v = this.v;
    const m = this.m;
    const dv = new DataView(block.buffer, block.byteOffset, 128);
    for (let i = 0; i < 32; i++) m[i] = dv.getUint32(i * 4, true);
    const h = this.h;
    for (let i = 0; i < 16; i++) {
      v[i] = h[i];
      v[i + 16] = IV64[i];
    }
    v[24] ^= this.counter >>> 0;
    v[25] ^= Math.floor(this.counter / 4294967296) >>> 0;
    if (last) {
      v[28] = ~v[28];
      v[29] = ~v[29];
      if (this.lastNode) {
        v[30] = ~v[30];
        v[31] = ~v[31];
      }
    }
    for (let r = 0; r < 12; r++) {
      const s = (r % 10) * 16;
      const S = SIGMA_FLAT;
      g64(v, m, 0, 8, 16, 24, S[s], S[s + 1]);
      g64(v, m, 2, 10, 18, 26, S[s + 2], S[s + 3]);
      g64(v, m, 4, 12, 20, 28, S[s + 4], S[s + 5]);
      g64(v, m, 6, 14, 22, 30, S[s + 6], S[s + 7]);
      g64(v, m, 0, 10, 20, 30, S[s + 8], S[s + 9]);
      g64(v, m, 2, 12, 22, 24, S[s + 10], S[s + 11]);
      g64(v, m, 4, 14, 16, 26, S[s + 12], S[s + 13]);
      g64(v, m, 6, 8, 18, 28, S[s + 14], S[s + 15]);
    }
    for (let i = 0; i < 16; i++) h[i] ^= v[i] ^ v[i + 16];
  }
}

function rotr32(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/** BLAKE2s's mixing function G on v[a], v[b], v[c], v[d] with message words x, y. */
function g32(v: Uint32Array, a: number, b: number, c: number, d: number, x: number, y: number) {
  v[a] = v[a] + v[b] + x;
  v[d] = rotr32(v[d] ^ v[a], 16);
  v[c] = v[c] + v[d];
  v[b] = rotr32(v[b] ^ v[c], 12);
  v[a] = v[a] + v[b] + y;
  v[d] = rotr32(v[d] ^ v[a], 8);
  v[c] = v[c] + v[d];
  v[b] = rotr32(v[b] ^ v[c], 7);
}

/** v[a] += v[b] + (m[x] as a 64-bit word); a, b are pair offsets. */
function add64(v: Uint32Array, a: number, b: number): void {
  const lo = v[a] + v[b];
  v[a + 1] = v[a + 1] + v[b + 1] + (lo > 0xffffffff ? 1 : 0);
  v[a] = lo;
}
function addM(v: Uint32Array, a: number, m: Uint32Array, x: number): void {
  const lo = v[a] + m[x];
  v[a + 1] = v[a + 1] + m[x + 1] + (lo > 0xffffffff ? 1 : 0);
  v[a] = lo;
}
/** v[d] = rotr64(v[d] ^ v[a], n). */
function xorRot(v: Uint32Array, d: number, a: number, n: number): void {
  const lo = v[d] ^ v[a];
  const hi = v[d + 1] ^ v[a + 1];
  if (n === 32) {
    v[d] = hi;
    v[d + 1] = lo;
  } else if (n < 32) {
    v[d] = (lo >>> n) | (hi << (32 - n));
    v[d + 1] = (hi >>> n) | (lo << (32 - n));
  } else {
    const k = n - 32;
    v[d] = (hi >>> k) | (lo << (32 - k));
    v[d + 1] = (lo >>> k) | (hi << (32 - k));
  }
}
function g64(
  v: Uint32Array,
  m: Uint32Array,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
): void {
  add64(v, a, b);
  addM(v, a, m, x * 2);
  xorRot(v, d, a, 32);
  add64(v, c, d);
  xorRot(v, b, c, 24);
  add64(v, a, b);
  addM(v, a, m, y * 2);
  xorRot(v, d, a, 16);
  add64(v, c, d);
  xorRot(v, b, c, 63);
}

// ---- The Python hash object type -----------------------------------------------------------

export class PyHash extends PyObject {
  constructor(cls: PyType, public state: HashState, readonly info: HashTypeInfo) {
    super(cls);
  }
}

export interface HashTypeInfo {
  /** `name` attribute (Python's name of the algorithm). */
  name: string;
  digestSize: number;
  blockSize: number;
  /** SHAKE: digest(length) / hexdigest(length). */
  xof: boolean;
}

/**
 * How an XOF's digest takes its length: _sha3's METH_O method ("sha3"), or _hashlib.HASHXOF's
 * Argument Clinic one accepting `length=` ("openssl").
 */
export type XofStyle = "sha3" | "openssl";

/**
 * A hash object type named `module.typeName` whose instances carry their own info (so one
 * type, as _hashlib.HASH, serves every algorithm). `reprOf` gives the instance repr.
 */
export function makeHashType(
  module: string,
  typeName: string,
  reprOf: ((h: PyHash) => string) | null,
  xofStyle: XofStyle = "sha3",
  base: PyType = objectType,
): PyType {
  const t = new PyType(typeType, typeName, [base]);
  t.isFinal = true;
  t.dict.setStr("__module__", module);
  defineNew(t, () => {
    throw pyError(PyExc_TypeError, `cannot create '${module}.${typeName}' instances`);
  });
  const H = (v: PyValue) => v as PyHash;
  const noArgs = (name: string, args: PyValue[], kwnames: readonly string[] | null) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw pyError(PyExc_TypeError, `${typeName}.${name}() takes no keyword arguments`);
    }
    if (args.length !== 1) {
      throw pyError(
        PyExc_TypeError,
        `${typeName}.${name}() takes no arguments (${args.length - 1} given)`,
      );
    }
  };
  const xofLength = (name: string, args: PyValue[], kwnames: readonly string[] | null) => {
    if (xofStyle === "openssl") {
      const [length] = parseArgs(name, args, kwnames, ["length"], [], 1, 0, 1);
      return opensslLength(length!);
    }
    if (kwnames !== null && kwnames.length > 0) {
      throw pyError(PyExc_TypeError, `${typeName}.${name}() takes no keyword arguments`);
    }
    if (args.length !== 2) {
      throw pyError(
        PyExc_TypeError,
        `${typeName}.${name}() takes exactly one argument (${args.length - 1} given)`,
      );
    }
    return sha3Length(args[1]);
  };
  const methods: Record<string, (args: PyValue[], kw: readonly string[] | null) => PyValue> = {
    update(args, kwnames) {
      if (kwnames !== null && kwnames.length > 0) {
        throw pyError(PyExc_TypeError, `${typeName}.update() takes no keyword arguments`);
      }
      if (args.length !== 2) {
        throw pyError(
          PyExc_TypeError,
          `${typeName}.update() takes exactly one argument (${args.length - 1} given)`,
        );
      }
      H(args[0]).state.update(hashData(args[1]));
      return None;
    },
    digest(args, kwnames) {
      const h = H(args[0]);
      if (h.info.xof) return new PyBytes(h.state.digest(xofLength("digest", args, kwnames)));
      noArgs("digest", args, kwnames);
      return new PyBytes(h.state.digest(h.info.digestSize));
    },
    hexdigest(args, kwnames) {
      const h = H(args[0]);
      if (h.info.xof) return toHex(h.state.digest(xofLength("hexdigest", args, kwnames)));
      noArgs("hexdigest", args, kwnames);
      return toHex(h.state.digest(h.info.digestSize));
    },
    copy(args, kwnames) {
      noArgs("copy", args, kwnames);
      const h = H(args[0]);
      return new PyHash(h.cls, h.state.copy(), h.info);
    },
  };
  if (reprOf !== null) methods.__repr__ = (args) => reprOf(H(args[0]));
  defineMethods(t, methods);
  refusePickling(t, `${module}.${typeName}`);
  defineGetter(t, "name", (h) => H(h).info.name);
  defineGetter(t, "digest_size", (h) => H(h).info.digestSize);
  defineGetter(t, "block_size", (h) => H(h).info.blockSize);
  return t;
}

/** _sha3's length: an unsigned long, below 2**29. */
function sha3Length(v: PyValue): number {
  const n = abs.asIndex(v);
  if (n < 0) throw pyError(PyExc_ValueError, "value must be positive");
  if (n > 0xffffffffffffffffn) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  if (n >= 1 << 29) throw pyError(PyExc_ValueError, "length is too large");
  return Number(n);
}

/** _hashlib.HASHXOF's length: a negative one reaches PyBytes_FromStringAndSize in CPython. */
export function opensslLength(v: PyValue): number {
  const n = abs.asIndex(v);
  if (n > 0x7fffffffffffffffn) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  if (n < 0) throw pyError(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize");
  if (n > 0x7fffffff) throw pyError(PyExc_MemoryError);
  return Number(n);
}

/** Repr as object.__repr__ gives for `<module.type object at 0x...>`. */
export function address(v: PyObject): string {
  return "0x" + identityHash(v).toString(16).padStart(12, "0");
}

// ---- Algorithms by Python name ----------------------------------------------------------------

export interface Algorithm {
  /** Python's name (hashlib's), e.g. "sha3_256". */
  name: string;
  /** node:crypto's name. */
  node: string;
  digestSize: number;
  blockSize: number;
  xof: boolean;
}

export const ALGORITHMS: readonly Algorithm[] = [
  { name: "md5", node: "md5", digestSize: 16, blockSize: 64, xof: false },
  { name: "sha1", node: "sha1", digestSize: 20, blockSize: 64, xof: false },
  { name: "sha224", node: "sha224", digestSize: 28, blockSize: 64, xof: false },
  { name: "sha256", node: "sha256", digestSize: 32, blockSize: 64, xof: false },
  { name: "sha384", node: "sha384", digestSize: 48, blockSize: 128, xof: false },
  { name: "sha512", node: "sha512", digestSize: 64, blockSize: 128, xof: false },
  { name: "sha512_224", node: "sha512-224", digestSize: 28, blockSize: 128, xof: false },
  { name: "sha512_256", node: "sha512-256", digestSize: 32, blockSize: 128, xof: false },
  { name: "sha3_224", node: "sha3-224", digestSize: 28, blockSize: 144, xof: false },
  { name: "sha3_256", node: "sha3-256", digestSize: 32, blockSize: 136, xof: false },
  { name: "sha3_384", node: "sha3-384", digestSize: 48, blockSize: 104, xof: false },
  { name: "sha3_512", node: "sha3-512", digestSize: 64, blockSize: 72, xof: false },
  { name: "shake_128", node: "shake128", digestSize: 0, blockSize: 168, xof: true },
  { name: "shake_256", node: "shake256", digestSize: 0, blockSize: 136, xof: true },
  { name: "blake2b", node: "blake2b512", digestSize: 64, blockSize: 128, xof: false },
  { name: "blake2s", node: "blake2s256", digestSize: 32, blockSize: 64, xof: false },
  { name: "md5-sha1", node: "md5-sha1", digestSize: 36, blockSize: 64, xof: false },
  { name: "ripemd160", node: "ripemd160", digestSize: 20, blockSize: 64, xof: false },
  { name: "sm3", node: "sm3", digestSize: 32, blockSize: 64, xof: false },
];

/** Python's names (hashlib's), matched exactly as CPython's py_digest_by_name does. */
const byPythonName = new Map<string, Algorithm>();
for (const a of ALGORITHMS) byPythonName.set(a.name, a);
/** OpenSSL's names and aliases, which OpenSSL matches case-insensitively. */
const byOpensslName = new Map<string, Algorithm>();
for (
  const [alias, name] of [
    ["md5", "md5"],
    ["sha1", "sha1"],
    ["sha224", "sha224"],
    ["sha256", "sha256"],
    ["sha384", "sha384"],
    ["sha512", "sha512"],
    ["sha512-224", "sha512_224"],
    ["sha512_224", "sha512_224"],
    ["sha512-256", "sha512_256"],
    ["sha512_256", "sha512_256"],
    ["sha3-224", "sha3_224"],
    ["sha3-256", "sha3_256"],
    ["sha3-384", "sha3_384"],
    ["sha3-512", "sha3_512"],
    ["shake128", "shake_128"],
    ["shake-128", "shake_128"],
    ["shake256", "shake_256"],
    ["shake-256", "shake_256"],
    ["blake2b512", "blake2b"],
    ["blake2s256", "blake2s"],
    ["md5-sha1", "md5-sha1"],
    ["ripemd160", "ripemd160"],
    ["ripemd", "ripemd160"],
    ["rmd160", "ripemd160"],
    ["sm3", "sm3"],
  ]
) byOpensslName.set(alias, byPythonName.get(name)!);

/** The algorithm named `name` (Python's name, or OpenSSL's in any case), or undefined. */
export function algorithmByName(name: string): Algorithm | undefined {
  return byPythonName.get(name) ?? byOpensslName.get(name.toLowerCase());
}

export function bytesValue(b: Uint8Array): PyValue {
  return new PyBytes(b);
}

/** `usedforsecurity` must be given by keyword; its value only needs a truth value. */
function checkSecurityFlag(v: PyValue | undefined): void {
  if (v !== undefined) abs.isTrue(v);
}

/**
 * A constructor function `fname(string=b'', *, usedforsecurity=True)` (or with positional-only
 * `data` for _sha3's classes) making instances of `type` over node:crypto's `algo`.
 */
export function hashConstructor(
  fname: string,
  type: PyType,
  algo: Algorithm,
  param: "string" | "data/",
  self = 0,
): (args: PyValue[], kwnames: readonly string[] | null) => PyValue {
  const info: HashTypeInfo = {
    name: algo.name,
    digestSize: algo.digestSize,
    blockSize: algo.blockSize,
    xof: algo.xof,
  };
  const pos = param === "string" ? ["string"] : ["data"];
  const posOnly = param === "string" ? 0 : 1;
  return (args, kwnames) => {
    const [data, flag] = parseArgs(
      fname,
      args,
      kwnames,
      pos,
      ["usedforsecurity"],
      0,
      posOnly,
      self,
    );
    checkSecurityFlag(flag);
    const h = new PyHash(type, NodeHashState.create(algo.node, algo.xof), info);
    if (data !== undefined) h.state.update(hashData(data));
    return h;
  };
}

/** Builds a module holding `Type` objects and constructor functions (_md5, _sha1, ...). */
export function simpleHashModule(
  module: string,
  entries: readonly [typeAttr: string | null, name: string][],
): PyModule {
  const m = new PyModule(module);
  for (const [typeAttr, name] of entries) {
    const algo = algorithmByName(name)!;
    const t = makeHashType(module, name, null);
    if (typeAttr !== null) m.dict.setStr(typeAttr, t);
    m.dict.setStr(name, moduleFunction(module, name, hashConstructor(name, t, algo, "string")));
  }
  return m;
}

// ---- CRC-32 (binascii.crc32 and zlib.crc32) ---------------------------------------------------

const CRC32_TABLE = new Int32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC32_TABLE[n] = c;
}

/** zlib's crc32(crc, data): the running CRC-32 of `data` continued from `crc`. */
export function crc32(data: Uint8Array, crc: number): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC32_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** An unsigned int argument taken bitwise (masked to 32 bits), as the CRC functions take it. */
export function uintMask(v: PyValue): number {
  const n = abs.asIndex(v);
  return Number(BigInt.asUintN(32, BigInt(n)));
}

// ---- Pickling ------------------------------------------------------------------------------

/**
 * Makes instances of a type with native state unpicklable, as CPython's object.__reduce_ex__
 * refuses objects whose C layout it cannot save ("cannot pickle '_md5.md5' object"); a
 * subclass's own __reduce__ (random.Random's) still wins.
 */
export function refusePickling(type: PyType, qualifiedName: string): void {
  defineMethods(type, {
    __reduce_ex__(args) {
      const reduce = lookupType(typeOf(args[0]), "__reduce__");
      if (reduce !== undefined && reduce !== objectType.dict.getStr("__reduce__")) {
        return abs.callSpecial(reduce, args[0], []);
      }
      throw pyError(PyExc_TypeError, `cannot pickle '${qualifiedName}' object`);
    },
  });
}

/**
 * Argument-count checks of a module function with CPython's names: METH_NOARGS/METH_O
 * functions and keyword errors name the module ("_codecs.f() takes exactly one argument (0
 * given)"), the others do not.
 */
export function checkModuleArgs(
  module: string,
  fname: string,
  args: readonly PyValue[],
  kw: readonly string[] | null,
  min: number,
  max: number,
): void {
  if (kw !== null && kw.length > 0) {
    throw pyError(PyExc_TypeError, `${module}.${fname}() takes no keyword arguments`);
  }
  checkPositionalArgs(min === max && min <= 1 ? `${module}.${fname}` : fname, args, null, min, max);
}
