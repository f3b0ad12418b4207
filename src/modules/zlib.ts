// zlib: compression compatible with gzip (CPython's Modules/zlibmodule.c).
//
// Why pako and not node:zlib: Deno's node:zlib is built on a zlib variant whose deflate output
// differs from CPython's zlib 1.2.13 at the default level (and at level 1), and its sync API
// offers no way to drive one stream step by step with a bounded output buffer, which
// decompressobj().decompress(data, max_length) and flush() need (gzip.py and zipfile.py rely
// on them). pako is a faithful JavaScript port of zlib itself: its deflate produces the same
// bytes as zlib at every level, and its low-level z_stream API (deflate/inflate with
// avail_in/avail_out and flush modes) lets this module mirror the C module call for call, so
// return codes, unused_data, unconsumed_tail and eof behave as in CPython. pako lacks
// deflateCopy/inflateCopy; copy() clones the stream state instead (cloneStream).
import { nodeRequire } from "../runtime/node_builtins.ts";
import { objectType, PyDict, PyObject, PyType, type PyValue, typeType } from "../objects/object.ts";
import { defineGetter, defineMethods, defineNew } from "../objects/builtin_function.ts";
import {
  pyError,
  PyExc_Exception,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { bytesOf, PyBytes } from "../objects/bytes.ts";
import { makeTuple } from "../objects/tuple.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "../runtime/module_object.ts";
import {
  bufferArg,
  crc32,
  moduleFunction,
  parseArgs,
  refusePickling,
  uintMask,
} from "./module_support.ts";

// ---- pako's z_stream API ---------------------------------------------------------------------

interface ZStream {
  input: Uint8Array | null;
  next_in: number;
  avail_in: number;
  total_in: number;
  output: Uint8Array | null;
  next_out: number;
  avail_out: number;
  total_out: number;
  msg: string;
  state: unknown;
  adler: number;
}
interface DeflateApi {
  deflateInit2(
    s: ZStream,
    level: number,
    method: number,
    wbits: number,
    memLevel: number,
    strategy: number,
  ): number;
  deflate(s: ZStream, flush: number): number;
  deflateEnd(s: ZStream): number;
  deflateSetDictionary(s: ZStream, dict: Uint8Array): number;
}
interface InflateApi {
  inflateInit2(s: ZStream, wbits: number): number;
  inflate(s: ZStream, flush: number): number;
  inflateEnd(s: ZStream): number;
  inflateSetDictionary(s: ZStream, dict: Uint8Array): number;
}
interface Pako {
  deflate: DeflateApi;
  inflate: InflateApi;
  ZStream: new () => ZStream;
}

/**
 * pako's z_stream modules, loaded the first time a stream is made: they are CommonJS, and
 * importing them statically made every start pay ~25 ms for Deno's Node compatibility layer
 * (docs/startup.md). `require` resolves them from a local checkout; when Coil itself was
 * imported by URL, where `require` cannot resolve, they are imported with the module graph.
 */
let loadedPako: Pako | undefined = import.meta.url.startsWith("file:") ? undefined : {
  // deno-lint-ignore no-import-prefix
  deflate: commonJsExports(await import("npm:pako@2.1.0/lib/zlib/deflate.js")),
  // deno-lint-ignore no-import-prefix
  inflate: commonJsExports(await import("npm:pako@2.1.0/lib/zlib/inflate.js")),
  // deno-lint-ignore no-import-prefix
  ZStream: commonJsExports(await import("npm:pako@2.1.0/lib/zlib/zstream.js")),
};

function pako(): Pako {
  return loadedPako ??= {
    deflate: nodeRequire("pako/lib/zlib/deflate.js") as DeflateApi,
    inflate: nodeRequire("pako/lib/zlib/inflate.js") as InflateApi,
    ZStream: nodeRequire("pako/lib/zlib/zstream.js") as new () => ZStream,
  };
}

/** A CommonJS module's exports arrive as the default export (or as the namespace itself). */
// deno-lint-ignore no-explicit-any
function commonJsExports(namespace: any): any {
  return namespace.default ?? namespace;
}

const newZStream = () => new (pako().ZStream)();

const Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_BUF_ERROR = -5;
const Z_DATA_ERROR = -3;
const Z_NO_FLUSH = 0, Z_SYNC_FLUSH = 2, Z_FINISH = 4;
const MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16384;
/**
 * CPython's _BlocksOutputBuffer block sizes (the k-th block has the k-th size, the last one
 * repeating). They are reproduced exactly because deflate's stored blocks (level 0) are cut
 * to the output space each call offers, so the bytes depend on them.
 */
const KB = 1024, MB = 1024 * 1024;
const BLOCK_SIZES = [
  32 * KB,
  64 * KB,
  256 * KB,
  1 * MB,
  4 * MB,
  8 * MB,
  16 * MB,
  16 * MB,
  32 * MB,
  32 * MB,
  32 * MB,
  32 * MB,
  64 * MB,
  64 * MB,
  128 * MB,
  128 * MB,
  256 * MB,
];

/**
 * A deep copy of a z_stream and its internal state (deflateCopy/inflateCopy): objects and typed
 * arrays are copied once each, so references between them (state.strm, the tree descriptors'
 * dyn_tree, inflate's lencode = lendyn) point into the copy.
 */
function cloneStream(strm: ZStream): ZStream {
  const memo = new Map<unknown, unknown>();
  const clone = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    const seen = memo.get(v);
    if (seen !== undefined) return seen;
    if (ArrayBuffer.isView(v)) {
      const copy = (v as unknown as { slice(): unknown }).slice();
      memo.set(v, copy);
      return copy;
    }
    if (Array.isArray(v)) {
      const copy: unknown[] = [];
      memo.set(v, copy);
      for (const x of v) copy.push(clone(x));
      return copy;
    }
    const copy = Object.create(Object.getPrototypeOf(v));
    memo.set(v, copy);
    for (const k of Object.keys(v)) copy[k] = clone((v as Record<string, unknown>)[k]);
    return copy;
  };
  const copy = clone({ ...strm, input: null, output: null }) as ZStream;
  // The state's back reference must reach the copy, not the original stream.
  const state = copy.state as { strm?: unknown } | null;
  if (state !== null && typeof state === "object" && "strm" in state) state.strm = copy;
  return copy;
}

// ---- Output accumulation ---------------------------------------------------------------------

/** Output blocks of one call (CPython's _BlocksOutputBuffer, with an optional maximum). */
class OutputBuffer {
  blocks: Uint8Array[] = [];
  total = 0;
  /** `first` is the first block's size (InitWithSize); later ones follow BLOCK_SIZES. */
  constructor(readonly max: number, readonly first: number = BLOCK_SIZES[0]) {}
  /** Points strm at a fresh block; false when the maximum is reached. */
  grow(strm: ZStream): boolean {
    this.flushBlock(strm);
    const n = this.blocks.length;
    const size = n === 0 ? this.first : BLOCK_SIZES[Math.min(n, BLOCK_SIZES.length - 1)];
    const room = this.max - this.total;
    if (room <= 0) return false;
    const block = new Uint8Array(Math.min(size, room));
    strm.output = block;
    strm.next_out = 0;
    strm.avail_out = block.length;
    this.blocks.push(block);
    return true;
  }
  /** Counts what the current block received. */
  flushBlock(strm: ZStream): void {
    if (this.blocks.length > 0 && strm.output === this.blocks[this.blocks.length - 1]) {
      const block = this.blocks[this.blocks.length - 1];
      this.blocks[this.blocks.length - 1] = block.subarray(0, strm.next_out);
      this.total += strm.next_out;
      strm.output = null;
    }
  }
  finish(strm: ZStream): Uint8Array {
    this.flushBlock(strm);
    if (this.blocks.length === 1) return this.blocks[0].slice();
    const out = new Uint8Array(this.total);
    let o = 0;
    for (const b of this.blocks) {
      out.set(b, o);
      o += b.length;
    }
    return out;
  }
}

// ---- Errors ----------------------------------------------------------------------------------

function zlibError(error: PyType, strm: ZStream, err: number, what: string): never {
  let zmsg: string | null = strm.msg !== "" && strm.msg !== undefined && strm.msg !== null
    ? strm.msg
    : null;
  if (err === -6) zmsg = "library version mismatch";
  if (zmsg === null) {
    if (err === Z_BUF_ERROR) zmsg = "incomplete or truncated stream";
    else if (err === Z_STREAM_ERROR) zmsg = "inconsistent stream state";
    else if (err === Z_DATA_ERROR) zmsg = "invalid input data";
  }
  throw pyError(error, zmsg === null ? `Error ${err} ${what}` : `Error ${err} ${what}: ${zmsg}`);
}

/** Argument Clinic's C int. */
function cInt(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

/** A Py_ssize_t argument. */
function ssize(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint") {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return n;
}

// ---- One-shot functions ----------------------------------------------------------------------

function compressBytes(error: PyType, data: Uint8Array, level: number, wbits: number) {
  const strm = newZStream();
  const err = pako().deflate.deflateInit2(strm, level, DEFLATED, wbits, DEF_MEM_LEVEL, 0);
  if (err === Z_STREAM_ERROR) throw pyError(error, "Bad compression level");
  if (err !== Z_OK) zlibError(error, strm, err, "while compressing data");
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
  const out = new OutputBuffer(Infinity);
  do {
    out.grow(strm);
    const r = pako().deflate.deflate(strm, Z_FINISH);
    if (r === Z_STREAM_ERROR) {
      pako().deflate.deflateEnd(strm);
      zlibError(error, strm, r, "while compressing data");
    }
  } while (strm.avail_out === 0);
  const r = pako().deflate.deflateEnd(strm);
  if (r !== Z_OK) zlibError(error, strm, r, "while finishing compression");
  return out.finish(strm);
}

function decompressBytes(error: PyType, data: Uint8Array, wbits: number, bufsize: number) {
  const strm = newZStream();
  let err = pako().inflate.inflateInit2(strm, wbits);
  if (err !== Z_OK) {
    pako().inflate.inflateEnd(strm);
    zlibError(error, strm, err, "while preparing to decompress data");
  }
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
  const out = new OutputBuffer(Infinity, bufsize);
  do {
    out.grow(strm);
    err = pako().inflate.inflate(strm, Z_FINISH);
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) {
      pako().inflate.inflateEnd(strm);
      zlibError(error, strm, err, "while decompressing data");
    }
  } while (strm.avail_out === 0 && err !== Z_STREAM_END);
  if (err !== Z_STREAM_END) {
    pako().inflate.inflateEnd(strm);
    zlibError(error, strm, err, "while decompressing data");
  }
  pako().inflate.inflateEnd(strm);
  return out.finish(strm);
}

// ---- Compress objects ------------------------------------------------------------------------

class PyCompress extends PyObject {
  initialised = true;
  constructor(cls: PyType, readonly strm: ZStream, readonly error: PyType) {
    super(cls);
  }
}

class PyDecompress extends PyObject {
  initialised = true;
  eof = false;
  unusedData: Uint8Array = new Uint8Array(0);
  unconsumedTail: Uint8Array = new Uint8Array(0);
  constructor(
    cls: PyType,
    readonly strm: ZStream,
    readonly error: PyType,
    readonly zdict: Uint8Array | null,
  ) {
    super(cls);
  }
}

const compressType = new PyType(typeType, "Compress", [objectType]);
const decompressType = new PyType(typeType, "Decompress", [objectType]);
for (const t of [compressType, decompressType]) {
  t.isFinal = true;
  t.dict.setStr("__module__", "zlib");
  defineNew(t, () => {
    throw pyError(PyExc_TypeError, `cannot create 'zlib.${t.name}' instances`);
  });
  refusePickling(t, `zlib.${t.name}`);
}

const C = (v: PyValue) => v as PyCompress;
const Dc = (v: PyValue) => v as PyDecompress;

/** The stream methods parse with _PyArg_UnpackKeywords (they take the defining class). */
const KW = { keywords: true };

/**
 * pako records "stream error" even when the stream has ended (zlib's deflateEnd leaves no state
 * to complain about, so CPython reports no library message then).
 */
function clearEndedMessage(strm: ZStream, ended: boolean): void {
  if (ended) strm.msg = "";
}

function compressCopy(self: PyCompress): PyCompress {
  if (!self.initialised) throw pyError(PyExc_ValueError, "Inconsistent stream state");
  return new PyCompress(compressType, cloneStream(self.strm), self.error);
}

defineMethods(compressType, {
  compress(args, kwnames) {
    const [dataArg] = parseArgs("compress", args, kwnames, ["data"], [], 1, 1, 1, KW);
    const self = C(args[0]);
    const data = bufferArg(dataArg!);
    const strm = self.strm;
    const ended = strm.state === null;
    strm.input = data;
    strm.next_in = 0;
    strm.avail_in = data.length;
    const out = new OutputBuffer(Infinity);
    do {
      out.grow(strm);
      const err = pako().deflate.deflate(strm, Z_NO_FLUSH);
      if (err === Z_STREAM_ERROR) {
        clearEndedMessage(strm, ended);
        zlibError(self.error, strm, err, "while compressing data");
      }
    } while (strm.avail_out === 0);
    strm.input = null;
    return new PyBytes(out.finish(strm));
  },
  flush(args, kwnames) {
    const [modeArg] = parseArgs("flush", args, kwnames, ["mode"], [], 0, 1, 1, KW);
    const self = C(args[0]);
    const mode = modeArg === undefined ? Z_FINISH : cInt(modeArg);
    if (mode === Z_NO_FLUSH) return new PyBytes(new Uint8Array(0));
    const strm = self.strm;
    const ended = strm.state === null;
    strm.input = new Uint8Array(0);
    strm.next_in = 0;
    strm.avail_in = 0;
    const out = new OutputBuffer(Infinity);
    let err: number;
    do {
      out.grow(strm);
      err = pako().deflate.deflate(strm, mode);
      if (err === Z_STREAM_ERROR) {
        clearEndedMessage(strm, ended);
        zlibError(self.error, strm, err, "while flushing");
      }
    } while (strm.avail_out === 0);
    if (err === Z_STREAM_END && mode === Z_FINISH) {
      err = pako().deflate.deflateEnd(strm);
      if (err !== Z_OK) zlibError(self.error, strm, err, "while finishing compression");
      self.initialised = false;
    } else if (err !== Z_OK && err !== Z_BUF_ERROR) {
      zlibError(self.error, strm, err, "while flushing");
    }
    return new PyBytes(out.finish(strm));
  },
  copy(args, kwnames) {
    parseArgs("copy", args, kwnames, [], [], 0, 0, 1, KW);
    return compressCopy(C(args[0]));
  },
  __copy__(args, kwnames) {
    parseArgs("__copy__", args, kwnames, [], [], 0, 0, 1, KW);
    return compressCopy(C(args[0]));
  },
  __deepcopy__(args, kwnames) {
    parseArgs("__deepcopy__", args, kwnames, ["memo"], [], 1, 1, 1, KW);
    return compressCopy(C(args[0]));
  },
});

// ---- Decompress objects ----------------------------------------------------------------------

function setZdict(self: PyDecompress): void {
  const err = pako().inflate.inflateSetDictionary(self.strm, self.zdict!);
  if (err !== Z_OK) zlibError(self.error, self.strm, err, "while setting zdict");
}

/**
 * save_unconsumed_input: input left after the stream end goes to unused_data; input left at the
 * output limit goes to unconsumed_tail. As in CPython, the tail is recomputed from the end of
 * the data whenever it was non-empty, so input after the end may appear in both.
 */
function saveUnconsumed(self: PyDecompress, data: Uint8Array, err: number): void {
  const strm = self.strm;
  if (err === Z_STREAM_END && strm.avail_in > 0) {
    const left = data.subarray(strm.next_in);
    const joined = new Uint8Array(self.unusedData.length + left.length);
    joined.set(self.unusedData);
    joined.set(left, self.unusedData.length);
    self.unusedData = joined;
    strm.avail_in = 0;
  }
  if (strm.avail_in > 0 || self.unconsumedTail.length > 0) {
    self.unconsumedTail = data.slice(strm.next_in);
  }
}

/**
 * The inflate loop of Decompress.decompress (Z_SYNC_FLUSH, bounded by `limit`) and flush
 * (Z_FINISH once the input is all given). Returns the output and the last return code.
 */
function inflateLoop(
  self: PyDecompress,
  data: Uint8Array,
  limit: number,
  firstBlock: number,
  finishing: boolean,
): [Uint8Array, number] {
  const strm = self.strm;
  strm.input = data;
  strm.next_in = 0;
  strm.avail_in = data.length;
  const out = new OutputBuffer(limit, firstBlock);
  let err = Z_OK;
  const flush = finishing ? Z_FINISH : Z_SYNC_FLUSH;
  outer: do {
    if (!out.grow(strm)) break;
    for (;;) {
      err = pako().inflate.inflate(strm, flush);
      if (err === Z_NEED_DICT && self.zdict !== null) {
        setZdict(self);
        continue;
      }
      break;
    }
    if (err !== Z_OK && err !== Z_BUF_ERROR && err !== Z_STREAM_END) break outer;
  } while (strm.avail_out === 0 && err !== Z_STREAM_END);
  const result = out.finish(strm);
  saveUnconsumed(self, data, err);
  strm.input = null;
  return [result, err];
}

function decompressCopy(self: PyDecompress): PyDecompress {
  if (!self.initialised) throw pyError(PyExc_ValueError, "Inconsistent stream state");
  const copy = new PyDecompress(decompressType, cloneStream(self.strm), self.error, self.zdict);
  copy.eof = self.eof;
  copy.unusedData = self.unusedData;
  copy.unconsumedTail = self.unconsumedTail;
  return copy;
}

defineMethods(decompressType, {
  decompress(args, kwnames) {
    const [data, maxLength] = parseArgs(
      "decompress",
      args,
      kwnames,
      ["data", "max_length"],
      [],
      1,
      1,
      1,
      KW,
    );
    const self = Dc(args[0]);
    const input = bufferArg(data!);
    const max = maxLength === undefined ? 0 : ssize(maxLength);
    if (max < 0) throw pyError(PyExc_ValueError, "max_length must be non-negative");
    const limit = max === 0 ? Infinity : max;
    const [out, err] = inflateLoop(self, input, limit, Math.min(BLOCK_SIZES[0], limit), false);
    if (err === Z_STREAM_END) self.eof = true;
    else if (err !== Z_OK && err !== Z_BUF_ERROR) {
      zlibError(self.error, self.strm, err, "while decompressing data");
    }
    return new PyBytes(out);
  },
  flush(args, kwnames) {
    const [lengthArg] = parseArgs("flush", args, kwnames, ["length"], [], 0, 1, 1, KW);
    const self = Dc(args[0]);
    const length = lengthArg === undefined ? DEF_BUF_SIZE : ssize(lengthArg);
    if (length <= 0) throw pyError(PyExc_ValueError, "length must be greater than zero");
    const [out, err] = inflateLoop(self, self.unconsumedTail, Infinity, length, true);
    if (err === Z_STREAM_END) {
      self.eof = true;
      self.initialised = false;
      const r = pako().inflate.inflateEnd(self.strm);
      if (r !== Z_OK) zlibError(self.error, self.strm, r, "while finishing decompression");
    }
    return new PyBytes(out);
  },
  copy(args, kwnames) {
    parseArgs("copy", args, kwnames, [], [], 0, 0, 1, KW);
    return decompressCopy(Dc(args[0]));
  },
  __copy__(args, kwnames) {
    parseArgs("__copy__", args, kwnames, [], [], 0, 0, 1, KW);
    return decompressCopy(Dc(args[0]));
  },
  __deepcopy__(args, kwnames) {
    parseArgs("__deepcopy__", args, kwnames, ["memo"], [], 1, 1, 1, KW);
    return decompressCopy(Dc(args[0]));
  },
});
defineGetter(decompressType, "unused_data", (v) => new PyBytes(Dc(v).unusedData));
defineGetter(decompressType, "unconsumed_tail", (v) => new PyBytes(Dc(v).unconsumedTail));
defineGetter(decompressType, "eof", (v) => Dc(v).eof);

// ---- adler32 ---------------------------------------------------------------------------------

function adler32(data: Uint8Array, value: number): number {
  let a = value & 0xffff, b = (value >>> 16) & 0xffff;
  let i = 0;
  while (i < data.length) {
    // 5552 bytes is the most that can be summed before the sums must be reduced.
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) {
      a += data[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---- Module ----------------------------------------------------------------------------------

const CONSTANTS: readonly [string, PyValue][] = [
  ["MAX_WBITS", MAX_WBITS],
  ["DEFLATED", DEFLATED],
  ["DEF_MEM_LEVEL", DEF_MEM_LEVEL],
  ["DEF_BUF_SIZE", DEF_BUF_SIZE],
  ["Z_NO_COMPRESSION", 0],
  ["Z_BEST_SPEED", 1],
  ["Z_BEST_COMPRESSION", 9],
  ["Z_DEFAULT_COMPRESSION", -1],
  ["Z_FILTERED", 1],
  ["Z_HUFFMAN_ONLY", 2],
  ["Z_RLE", 3],
  ["Z_FIXED", 4],
  ["Z_DEFAULT_STRATEGY", 0],
  ["Z_NO_FLUSH", 0],
  ["Z_PARTIAL_FLUSH", 1],
  ["Z_SYNC_FLUSH", 2],
  ["Z_FULL_FLUSH", 3],
  ["Z_FINISH", 4],
  ["Z_BLOCK", 5],
  ["Z_TREES", 6],
  // pako implements zlib 1.2's format and algorithms; report the version CPython 3.11 ships.
  ["ZLIB_VERSION", "1.2.13"],
  ["ZLIB_RUNTIME_VERSION", "1.2.13"],
];

export function createModule(): PyModule {
  const m = new PyModule("zlib");
  const d = m.dict;
  const ns = new PyDict();
  ns.setStr("__module__", "zlib");
  const error = abs.call(typeType, ["error", makeTuple([PyExc_Exception]), ns], null) as PyType;
  const fn = (name: string, f: (args: PyValue[], kw: readonly string[] | null) => PyValue) =>
    d.setStr(name, moduleFunction("zlib", name, f));
  for (const [name, value] of CONSTANTS) d.setStr(name, value);
  d.setStr("error", error);

  fn("compress", (args, kwnames) => {
    const [data, level, wbits] = parseArgs(
      "compress",
      args,
      kwnames,
      ["data", "level", "wbits"],
      [],
      1,
      1,
    );
    return new PyBytes(
      compressBytes(
        error,
        bufferArg(data!),
        level === undefined ? -1 : cInt(level),
        wbits === undefined ? MAX_WBITS : cInt(wbits),
      ),
    );
  });
  fn("decompress", (args, kwnames) => {
    const [data, wbits, bufsize] = parseArgs(
      "decompress",
      args,
      kwnames,
      ["data", "wbits", "bufsize"],
      [],
      1,
      1,
    );
    let size = bufsize === undefined ? DEF_BUF_SIZE : ssize(bufsize);
    if (size < 0) throw pyError(PyExc_ValueError, "bufsize must be non-negative");
    if (size === 0) size = 1;
    return new PyBytes(
      decompressBytes(
        error,
        bufferArg(data!),
        wbits === undefined ? MAX_WBITS : cInt(wbits),
        size,
      ),
    );
  });
  fn("compressobj", (args, kwnames) => {
    const [level, method, wbits, memLevel, strategy, zdict] = parseArgs(
      "compressobj",
      args,
      kwnames,
      ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
    );
    const dict = zdict === undefined ? null : bufferArg(zdict);
    const strm = newZStream();
    const err = pako().deflate.deflateInit2(
      strm,
      level === undefined ? -1 : cInt(level),
      method === undefined ? DEFLATED : cInt(method),
      wbits === undefined ? MAX_WBITS : cInt(wbits),
      memLevel === undefined ? DEF_MEM_LEVEL : cInt(memLevel),
      strategy === undefined ? 0 : cInt(strategy),
    );
    if (err === Z_STREAM_ERROR) throw pyError(PyExc_ValueError, "Invalid initialization option");
    if (err !== Z_OK) zlibError(error, strm, err, "while creating compression object");
    if (dict !== null && pako().deflate.deflateSetDictionary(strm, dict) !== Z_OK) {
      throw pyError(PyExc_ValueError, "Invalid dictionary");
    }
    return new PyCompress(compressType, strm, error);
  });
  fn("decompressobj", (args, kwnames) => {
    const [wbitsArg, zdict] = parseArgs("decompressobj", args, kwnames, ["wbits", "zdict"]);
    let dict: Uint8Array | null = null;
    if (zdict !== undefined) {
      dict = bytesOf(zdict) ?? null;
      if (dict === null) {
        throw pyError(PyExc_TypeError, "zdict argument must support the buffer protocol");
      }
    }
    const wbits = wbitsArg === undefined ? MAX_WBITS : cInt(wbitsArg);
    const strm = newZStream();
    const err = pako().inflate.inflateInit2(strm, wbits);
    if (err === Z_STREAM_ERROR) throw pyError(PyExc_ValueError, "Invalid initialization option");
    if (err !== Z_OK) zlibError(error, strm, err, "while creating decompression object");
    const self = new PyDecompress(decompressType, strm, error, dict);
    // A raw stream has no header asking for the dictionary: it is set up front.
    if (dict !== null && wbits < 0) setZdict(self);
    return self;
  });
  fn("crc32", (args, kwnames) => {
    parseArgs("crc32", args, kwnames, ["data", "value"], [], 1, 2, 0, { qualified: "zlib.crc32" });
    return crc32(bufferArg(args[0]), args.length > 1 ? uintMask(args[1]) : 0);
  });
  fn("adler32", (args, kwnames) => {
    parseArgs("adler32", args, kwnames, ["data", "value"], [], 1, 2, 0, {
      qualified: "zlib.adler32",
    });
    return adler32(bufferArg(args[0]), args.length > 1 ? uintMask(args[1]) : 1);
  });
  return m;
}
