// _io.TextIOWrapper (textio.c): text over a buffered binary stream, with encodings, newline
// translation, line buffering, reconfigure(), and CPython's tell()/seek() cookies (the same
// reconstruction algorithm, so cookies have CPython's values).
//
// Writes are queued as strings (or bytes already encoded when the text needs an error
// handler) and encoded in batches of _CHUNK_SIZE; when the buffer is exactly a BufferedWriter
// or BufferedRandom it is driven without Python calls (print()'s fast path).
import { None, type PyType, type PyValue, typeOf } from "../../objects/object.ts";
import {
  bindArgs,
  checkArgs,
  defineGetter,
  defineMethods,
} from "../../objects/builtin_function.ts";
import {
  isBaseException,
  newException,
  PyExc_AttributeError,
  PyExc_OSError,
  PyExc_ValueError,
  stopIteration,
} from "../../objects/exceptions.ts";
import {
  call,
  callMethod,
  getAttr,
  getAttrOrUndefined,
  isTrue,
  repr,
} from "../../objects/abstract.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { strValue } from "../../objects/str.ts";
import { intValue } from "../../objects/int.ts";
import {
  bytesLike,
  concatBytes,
  indexArg,
  makeIOType,
  sizeArg,
  typeError,
  unsupported,
  valueError,
} from "./common.ts";
import { PyIOBase, textIOBaseType } from "./iobase.ts";
import {
  bufferedFlush,
  bufferedRandomType,
  bufferedRead1,
  bufferedReaderType,
  bufferedWrite,
  bufferedWriterType,
  PyBuffered,
} from "./bufferedio.ts";
import {
  type CodecPair,
  type Decoder,
  type Encoder,
  findCodec,
  makeDecoder,
  makeEncoder,
} from "./codec.ts";
import { findLineEnd, type NewlineState, newlinesValue, translateNewlines } from "./newline.ts";

const SURROGATE = /[\ud800-\udfff]/;
const CHUNK_SIZE = 8192;

/** The universal-newline layer over a codec decoder (IncrementalNewlineDecoder, natively). */
class NewlineDecoder implements Decoder, NewlineState {
  seennl = 0;
  pendingcr = false;
  constructor(readonly inner: Decoder, readonly translate: boolean) {}
  decode(input: Uint8Array, final: boolean): string {
    return translateNewlines(this, this.inner.decode(input, final), final);
  }
  getstate(): [Uint8Array, number] {
    const [buf, flags] = this.inner.getstate();
    return [buf, flags * 2 + (this.pendingcr ? 1 : 0)];
  }
  setstate(buf: Uint8Array, flags: number): void {
    this.pendingcr = (flags & 1) !== 0;
    this.inner.setstate(buf, Math.floor(flags / 2));
  }
  reset(): void {
    this.seennl = 0;
    this.pendingcr = false;
    this.inner.reset();
  }
}

export class PyTextIO extends PyIOBase {
  ok = false;
  detached = false;
  buffer: PyValue = None;
  /** The buffer when it is exactly one of the _io buffered types. */
  fastBuffer: PyBuffered | null = null;
  encoding = "utf-8";
  codec: CodecPair = { info: None, kind: "utf-8" };
  errors = "strict";
  encoder: Encoder | null = null;
  decoder: Decoder | null = null;
  readuniversal = true;
  readtranslate = true;
  readnl: string | null = null;
  writetranslate = true;
  writenl = "\n";
  lineBuffering = false;
  writeThrough = false;
  /** Decoded text not yet returned (null: none since the last seek/write). */
  decoded: string | null = null;
  /** UTF-16 offset into `decoded` of the next character to return. */
  used = 0;
  snapshot: [number, Uint8Array] | null = null;
  /** Queued text (the common case: one growing string) ... */
  pendingText = "";
  /** ... and, before it, queued pieces when some were encoded at write() time. */
  pending: (string | Uint8Array)[] = [];
  pendingCount = 0;
  seekable = false;
  telling = false;
  hasRead1 = false;
  b2cratio = 0;
  chunkSize = CHUNK_SIZE;
  finalizing = false;
}

export const textIOWrapperType: PyType = makeIOType(
  "TextIOWrapper",
  textIOBaseType,
  (cls) => new PyTextIO(cls),
);

const T = (v: PyValue) => v as PyTextIO;

function cpLen(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 offset of `n` code points from `start` in s. */
function advance(s: string, start: number, n: number): number {
  let i = start;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
  }
  return i;
}

function checkInitialized(t: PyTextIO): void {
  if (!t.ok) valueError("I/O operation on uninitialized object");
}

function checkAttached(t: PyTextIO): void {
  if (!t.ok) valueError("I/O operation on uninitialized object");
  if (t.detached) valueError("underlying buffer has been detached");
}

function isClosed(t: PyTextIO): boolean {
  const fb = t.fastBuffer;
  if (fb !== null && fb.ok) {
    if (fb.fastRaw !== null) return fb.fastRaw.fd < 0;
  }
  return isTrue(getAttr(t.buffer, "closed"));
}

function checkClosed(t: PyTextIO): void {
  checkAttached(t);
  if (isClosed(t)) valueError("I/O operation on closed file.");
}

// ---- configuration ----------------------------------------------------------------------------

function optionalStr(v: PyValue | undefined, fname: string, arg: string): string | null {
  if (v === undefined || v === None) return null;
  const s = strValue(v);
  if (s === undefined) {
    typeError(`${fname}() argument '${arg}' must be str or None, not ${typeOf(v).name}`);
  }
  return s!;
}

function validateNewline(nl: string | null): void {
  if (nl !== null && nl !== "" && nl !== "\n" && nl !== "\r" && nl !== "\r\n") {
    valueError(`illegal newline value: ${nl}`);
  }
}

function setNewline(t: PyTextIO, nl: string | null): void {
  t.readnl = nl;
  t.readuniversal = nl === null || nl === "";
  t.readtranslate = nl === null;
  t.writetranslate = nl !== "";
  t.writenl = !t.readuniversal && nl !== null ? nl : "\n";
}

function setCodecs(t: PyTextIO, readable: boolean, writable: boolean): void {
  t.decoder = null;
  t.encoder = null;
  if (readable) {
    const d = makeDecoder(t.codec, t.errors);
    t.decoder = t.readuniversal ? new NewlineDecoder(d, t.readtranslate) : d;
  }
  if (writable) t.encoder = makeEncoder(t.codec, t.errors);
}

/** A BOM is written only at the start of the stream (textiowrapper_fix_encoder_state). */
function fixEncoderState(t: PyTextIO): void {
  if (!t.seekable || t.encoder === null || t.encoder.kind !== null) return;
  const pos = callMethod(t.buffer, "tell", []);
  if (pos !== 0) t.encoder.setstate(0);
}

function resolveEncoding(enc: string | null): string {
  if (enc === null) return "utf-8";
  if (enc === "locale") return "UTF-8";
  if (enc.includes("\0")) valueError("embedded null character");
  return enc;
}

function textInit(t: PyTextIO, args: PyValue[], kw: readonly string[] | null): void {
  const [buffer, encArg, errArg, nlArg, lbArg, wtArg] = bindArgs(
    "TextIOWrapper",
    args,
    kw,
    ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
    1,
    1,
  );
  t.ok = false;
  t.detached = false;
  const enc = optionalStr(encArg, "TextIOWrapper", "encoding");
  const errors = optionalStr(errArg, "TextIOWrapper", "errors");
  const nl = optionalStr(nlArg, "TextIOWrapper", "newline");
  validateNewline(nl);
  const encoding = resolveEncoding(enc);
  t.codec = findCodec(encoding);
  t.encoding = encoding;
  t.errors = errors ?? "strict";
  t.chunkSize = CHUNK_SIZE;
  t.lineBuffering = lbArg === undefined ? false : isTrue(lbArg);
  t.writeThrough = wtArg === undefined ? false : isTrue(wtArg);
  setNewline(t, nl);
  t.buffer = buffer!;
  const readable = isTrue(callMethod(buffer!, "readable", []));
  const writable = isTrue(callMethod(buffer!, "writable", []));
  setCodecs(t, readable, writable);
  const bt = typeof buffer === "object" ? buffer.cls : null;
  t.fastBuffer = bt === bufferedWriterType || bt === bufferedReaderType ||
      bt === bufferedRandomType
    ? buffer as PyBuffered
    : null;
  t.seekable = t.telling = isTrue(callMethod(buffer!, "seekable", []));
  t.hasRead1 = getAttrOrUndefined(buffer!, "read1") !== undefined;
  t.decoded = null;
  t.used = 0;
  t.snapshot = null;
  t.pending = [];
  t.pendingText = "";
  t.pendingCount = 0;
  t.b2cratio = 0;
  t.ok = true;
  fixEncoderState(t);
}

// ---- writing ------------------------------------------------------------------------------------

/** Hands the queued text to the buffer (encoded). */
function writeFlush(t: PyTextIO): void {
  if (t.pendingCount === 0) return;
  const parts = t.pending;
  const tail = t.pendingText;
  t.pending = [];
  t.pendingText = "";
  t.pendingCount = 0;
  let data: Uint8Array;
  if (parts.length === 0) data = t.encoder!.encode(tail);
  else {
    if (tail !== "") parts.push(tail);
    const chunks: Uint8Array[] = [];
    let text = "";
    for (const p of parts) {
      if (typeof p === "string") text += p;
      else {
        if (text !== "") chunks.push(t.encoder!.encode(text));
        text = "";
        chunks.push(p);
      }
    }
    if (text !== "") chunks.push(t.encoder!.encode(text));
    data = concatBytes(chunks);
  }
  const fb = t.fastBuffer;
  if (fb !== null && fb.writable && (fb.dict === null || !fb.dict.map.has("write"))) {
    bufferedWrite(fb, data);
  } else callMethod(t.buffer, "write", [new PyBytes(data)]);
}

/** TextIOWrapper.write(text) for a str; returns the length written in code points. */
export function textWrite(t: PyTextIO, input: string): number {
  checkClosed(t);
  if (t.encoder === null) unsupported("not writable");
  let text = input;
  const surrogates = SURROGATE.test(input);
  let haslf = false;
  if ((t.writetranslate && t.writenl !== "\n") || t.lineBuffering) {
    haslf = text.indexOf("\n") >= 0;
  }
  if (haslf && t.writetranslate && t.writenl !== "\n") text = text.replaceAll("\n", t.writenl);
  const needflush = t.lineBuffering && (haslf || text.indexOf("\r") >= 0);
  const enc = t.encoder!;
  // Text the native codec can encode later without an error handler is queued as is; other
  // text is encoded now so that encoding errors surface in this write() call.
  if (
    enc.kind === "utf-8" ? !surrogates : enc.kind !== null && !/[\u0080-\uffff]/.test(text)
  ) {
    t.pendingText += text;
    t.pendingCount += text.length;
  } else {
    const b = enc.encode(text);
    if (t.pendingText !== "") t.pending.push(t.pendingText);
    t.pendingText = "";
    t.pending.push(b);
    t.pendingCount += b.length;
  }
  if (t.pendingCount >= t.chunkSize || needflush || t.writeThrough) writeFlush(t);
  if (needflush) {
    const fb = t.fastBuffer;
    if (fb !== null && fb.writable) bufferedFlush(fb);
    else callMethod(t.buffer, "flush", []);
  }
  if (t.decoded !== null || t.snapshot !== null) {
    t.decoded = null;
    t.used = 0;
    t.snapshot = null;
  }
  if (t.decoder !== null) t.decoder.reset();
  return surrogates ? cpLen(input) : input.length;
}

/** flush(): queued text to the buffer, then buffer.flush(). */
export function textFlush(t: PyTextIO): void {
  checkClosed(t);
  t.telling = t.seekable;
  writeFlush(t);
  const fb = t.fastBuffer;
  if (fb !== null && fb.writable && fb.cls !== bufferedReaderType) bufferedFlush(fb);
  else callMethod(t.buffer, "flush", []);
}

// ---- reading ------------------------------------------------------------------------------------

function checkReadable(t: PyTextIO): Decoder {
  if (t.decoder === null) unsupported("not readable");
  return t.decoder!;
}

/** Reads and decodes one chunk; false at end of file. */
function readChunk(t: PyTextIO, sizeHint: number): boolean {
  const decoder = checkReadable(t);
  let decBuffer: Uint8Array | null = null;
  let decFlags = 0;
  if (t.telling) [decBuffer, decFlags] = decoder.getstate();
  let size = t.chunkSize;
  if (sizeHint > 0) size = Math.max(size, Math.floor(Math.max(t.b2cratio, 1) * sizeHint));
  let input: Uint8Array;
  const fb = t.fastBuffer;
  if (fb !== null && fb.readable && t.hasRead1 && fb.cls !== bufferedWriterType) {
    input = bufferedRead1(fb, size);
  } else {
    const r = callMethod(t.buffer, t.hasRead1 ? "read1" : "read", [size]);
    const b = bytesLike(r);
    if (b === undefined) {
      typeError(
        `underlying ${
          t.hasRead1 ? "read1" : "read"
        }() should have returned a bytes-like object, not '${typeOf(r).name}'`,
      );
    }
    input = b!;
  }
  let eof = input.length === 0;
  const text = decoder.decode(input, eof);
  t.decoded = text;
  t.used = 0;
  if (text.length > 0) {
    t.b2cratio = input.length / text.length;
    eof = false;
  } else t.b2cratio = 0;
  if (t.telling) {
    let next = input;
    if (decBuffer!.length > 0) {
      next = new Uint8Array(decBuffer!.length + input.length);
      next.set(decBuffer!);
      next.set(input, decBuffer!.length);
    } else next = input.slice();
    t.snapshot = [decFlags, next];
  }
  return !eof;
}

/** Up to n code points of the decoded text (all when n < 0). */
function takeDecoded(t: PyTextIO, n: number): string {
  const d = t.decoded;
  if (d === null) return "";
  const start = t.used;
  if (start >= d.length) return "";
  const end = n < 0 ? d.length : advance(d, start, n);
  t.used = end;
  return start === 0 && end === d.length ? d : d.slice(start, end);
}

export function textRead(t: PyTextIO, n: number): string {
  checkClosed(t);
  const decoder = checkReadable(t);
  writeFlush(t);
  if (n < 0) {
    const r = callMethod(t.buffer, "read", []);
    const b = bytesLike(r);
    if (b === undefined) {
      typeError(
        `underlying read() should have returned a bytes object, not '${typeOf(r).name}'`,
      );
    }
    const result = takeDecoded(t, -1) + decoder.decode(b!, true);
    t.decoded = null;
    t.used = 0;
    t.snapshot = null;
    return result;
  }
  let result = takeDecoded(t, n);
  let got = cpLen(result);
  while (got < n) {
    const more = readChunk(t, n - got);
    const piece = takeDecoded(t, n - got);
    result += piece;
    got += cpLen(piece);
    if (!more) break;
  }
  return result;
}

export function textReadline(t: PyTextIO, limit: number): string {
  checkClosed(t);
  checkReadable(t);
  writeFlush(t);
  const parts: string[] = [];
  let partsLen = 0;
  // `carry` is the unsearched-safe tail of the previous chunk (a possible "\r" of "\r\n").
  let carry = "";
  for (;;) {
    const d = t.decoded;
    if (d !== null && t.used < d.length) {
      const cur = d.slice(t.used);
      const text = carry + cur;
      let end = findLineEnd(text, 0, t.readtranslate, t.readuniversal, t.readnl ?? "\n");
      if (limit >= 0) {
        const lineLen = partsLen + (end < 0 ? cpLen(text) : cpLen(text.slice(0, end)));
        if (lineLen >= limit) end = advance(text, 0, limit - partsLen);
      }
      if (end >= 0) {
        // The end lies in the current chunk (carry is at most one character before it).
        const consumed = Math.max(0, end - carry.length);
        t.used += consumed;
        parts.push(text.slice(0, end));
        return parts.join("");
      }
      // Keep a trailing "\r" when the line end is "\r\n" and the rest may follow.
      const keep = !t.readuniversal && t.readnl === "\r\n" && text.endsWith("\r") ? 1 : 0;
      const piece = text.slice(0, text.length - keep);
      parts.push(piece);
      partsLen += cpLen(piece);
      carry = text.slice(text.length - keep);
      t.used = d.length;
    }
    let more = true;
    while (more) {
      more = readChunk(t, 0);
      if (t.decoded !== null && t.decoded.length > 0) break;
    }
    if (t.decoded === null || t.decoded.length === 0) {
      t.decoded = null;
      t.used = 0;
      t.snapshot = null;
      parts.push(carry);
      return parts.join("");
    }
  }
}

// ---- tell / seek --------------------------------------------------------------------------------

const TWO64 = 1n << 64n;

function buildCookie(
  startPos: number,
  decFlags: number,
  bytesToFeed: number,
  needEof: boolean,
  charsToSkip: number,
): PyValue {
  if (decFlags === 0 && bytesToFeed === 0 && !needEof && charsToSkip === 0) return startPos;
  // The layout of CPython's C cookie: start_pos (64 bits), dec_flags, bytes_to_feed and
  // chars_to_skip (32 bits each), need_eof (8 bits), as one little-endian integer.
  const v = BigInt(startPos) | (BigInt(decFlags >>> 0) << 64n) | (BigInt(bytesToFeed) << 96n) |
    (BigInt(charsToSkip) << 128n) | (needEof ? 1n << 160n : 0n);
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}

function parseCookie(v: PyValue): [number, number, number, boolean, number] {
  const n = intValue(v);
  if (n === undefined) {
    typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  }
  const b = BigInt(n!);
  const m32 = 0xffffffffn;
  return [
    Number(b & (TWO64 - 1n)),
    Number(BigInt.asIntN(32, (b >> 64n) & m32)),
    Number((b >> 96n) & m32),
    ((b >> 160n) & 0xffn) !== 0n,
    Number((b >> 128n) & m32),
  ];
}

function decoderSetState(d: Decoder, startPos: number, decFlags: number): void {
  if (startPos === 0 && decFlags === 0) d.reset();
  else d.setstate(new Uint8Array(0), decFlags);
}

export function textTell(t: PyTextIO): PyValue {
  checkClosed(t);
  if (!t.seekable) unsupported("underlying stream is not seekable");
  if (!t.telling) throw newException(PyExc_OSError, ["telling position disabled by next() call"]);
  writeFlush(t);
  callMethod(t, "flush", []);
  const posObj = callMethod(t.buffer, "tell", []);
  if (t.decoder === null || t.snapshot === null) return posObj;
  const position = indexArg(posObj);
  const decoder = t.decoder;
  let [decFlags] = t.snapshot;
  const next = t.snapshot[1];
  let startPos = position - next.length;
  const d = t.decoded ?? "";
  if (t.used === 0) return buildCookie(startPos, decFlags, 0, false, 0);
  let charsToSkip = cpLen(d.slice(0, t.used));
  const saved = decoder.getstate();
  try {
    // Fast search for a safe start point, then walk byte by byte (textiowrapper_tell).
    let skipBytes = Math.floor(t.b2cratio * charsToSkip);
    let skipBack = 1;
    while (skipBytes > 0) {
      decoderSetState(decoder, startPos, decFlags);
      const n = cpLen(decoder.decode(next.subarray(0, skipBytes), false));
      if (n <= charsToSkip) {
        const [buf, flags] = decoder.getstate();
        if (buf.length === 0) {
          decFlags = flags;
          charsToSkip -= n;
          break;
        }
        skipBytes -= buf.length;
        skipBack = 1;
      } else {
        skipBytes -= skipBack;
        skipBack *= 2;
      }
    }
    if (skipBytes <= 0) {
      skipBytes = 0;
      decoderSetState(decoder, startPos, decFlags);
    }
    startPos += skipBytes;
    if (charsToSkip === 0) return buildCookie(startPos, decFlags, 0, false, 0);
    let bytesFed = 0;
    let needEof = false;
    let charsDecoded = 0;
    let startFlags = decFlags;
    let i = skipBytes;
    for (; i < next.length; i++) {
      bytesFed++;
      charsDecoded += cpLen(decoder.decode(next.subarray(i, i + 1), false));
      const [buf, flags] = decoder.getstate();
      if (buf.length === 0 && charsDecoded <= charsToSkip) {
        startPos += bytesFed;
        charsToSkip -= charsDecoded;
        startFlags = flags;
        bytesFed = 0;
        charsDecoded = 0;
      }
      if (charsDecoded >= charsToSkip) break;
    }
    if (i >= next.length) {
      charsDecoded += cpLen(decoder.decode(new Uint8Array(0), true));
      needEof = true;
      if (charsDecoded < charsToSkip) {
        throw newException(PyExc_OSError, ["can't reconstruct logical file position"]);
      }
    }
    return buildCookie(startPos, startFlags, bytesFed, needEof, charsToSkip);
  } finally {
    decoder.setstate(saved[0], saved[1]);
  }
}

function resetEncoder(t: PyTextIO, startOfStream: boolean): void {
  if (t.encoder === null) return;
  if (startOfStream) t.encoder.reset();
  else t.encoder.setstate(0);
}

export function textSeek(t: PyTextIO, cookieArg: PyValue, whence: number): PyValue {
  checkClosed(t);
  if (!t.seekable) unsupported("underlying stream is not seekable");
  let cookie = cookieArg;
  if (whence === 1) {
    if (intValue(cookie) !== 0) unsupported("can't do nonzero cur-relative seeks");
    cookie = callMethod(t, "tell", []);
  } else if (whence === 2) {
    if (intValue(cookie) !== 0) unsupported("can't do nonzero end-relative seeks");
    callMethod(t, "flush", []);
    t.decoded = null;
    t.used = 0;
    t.snapshot = null;
    if (t.decoder !== null) t.decoder.reset();
    const res = callMethod(t.buffer, "seek", [0, 2]);
    if (t.encoder !== null) resetEncoder(t, res === 0);
    return res;
  } else if (whence !== 0) {
    valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
  }
  const cv = intValue(cookie);
  if (cv === undefined) {
    typeError(`'${typeOf(cookie).name}' object cannot be interpreted as an integer`);
  }
  if (cv! < 0) valueError(`negative seek position ${repr(cookie)}`);
  callMethod(t, "flush", []);
  const [startPos, decFlags, bytesToFeed, needEof, charsToSkip] = parseCookie(cookie);
  callMethod(t.buffer, "seek", [startPos]);
  t.decoded = null;
  t.used = 0;
  t.snapshot = null;
  if (t.decoder !== null) {
    decoderSetState(t.decoder, startPos, decFlags);
    t.snapshot = [decFlags, new Uint8Array(0)];
  }
  if (charsToSkip > 0) {
    const r = callMethod(t.buffer, "read", [bytesToFeed]);
    const input = bytesLike(r);
    if (input === undefined) {
      typeError(`underlying read() should have returned a bytes object, not '${typeOf(r).name}'`);
    }
    t.snapshot = [decFlags, input!.slice()];
    const text = checkReadable(t).decode(input!, needEof);
    t.decoded = text;
    if (cpLen(text) < charsToSkip) {
      throw newException(PyExc_OSError, ["can't restore logical file position"]);
    }
    t.used = advance(text, 0, charsToSkip);
  }
  if (t.encoder !== null) resetEncoder(t, cv === 0);
  return cookie;
}

// ---- close / detach / reconfigure ---------------------------------------------------------------

export function textClose(t: PyTextIO): void {
  checkAttached(t);
  if (isClosed(t)) return;
  let error: unknown = undefined;
  try {
    callMethod(t, "flush", []);
  } catch (e) {
    error = e;
  }
  try {
    callMethod(t.buffer, "close", []);
  } catch (e) {
    if (error !== undefined && isBaseException(e)) {
      (e as unknown as { context: PyValue }).context ??= error as PyValue;
    }
    error = e;
  }
  if (error !== undefined) throw error;
}

function reconfigure(t: PyTextIO, args: PyValue[], kw: readonly string[] | null): void {
  if (args.length - (kw?.length ?? 0) > 1) typeError("reconfigure() takes no positional arguments");
  const [encArg, errArg, nlArg, lbArg, wtArg] = bindArgs(
    "reconfigure",
    args,
    kw,
    ["$encoding", "$errors", "$newline", "$line_buffering", "$write_through"],
    0,
    1,
  );
  checkAttached(t);
  const encoding = encArg === undefined ? None : encArg;
  const errors = errArg === undefined ? None : errArg;
  if (t.decoded !== null && (encoding !== None || errors !== None || nlArg !== undefined)) {
    unsupported("It is not possible to set the encoding or newline of stream after the first read");
  }
  let newline: string | null = null;
  if (nlArg !== undefined && nlArg !== None) {
    newline = optionalStr(nlArg, "reconfigure", "newline");
    validateNewline(newline);
  }
  const lb = lbArg === undefined || lbArg === None ? t.lineBuffering : isTrue(lbArg);
  const wt = wtArg === undefined || wtArg === None ? t.writeThrough : isTrue(wtArg);
  callMethod(t, "flush", []);
  if (nlArg !== undefined) setNewline(t, newline);
  if (encoding !== None || errors !== None || nlArg !== undefined) {
    let enc: string, err: string;
    if (encoding === None) {
      enc = t.encoding;
      err = errors === None ? t.errors : optionalStr(errors, "reconfigure", "errors")!;
    } else {
      enc = resolveEncoding(optionalStr(encoding, "reconfigure", "encoding"));
      err = errors === None ? "strict" : optionalStr(errors, "reconfigure", "errors")!;
    }
    t.codec = findCodec(enc);
    t.encoding = enc;
    t.errors = err;
    setCodecs(t, t.decoder !== null, t.encoder !== null);
    fixEncoderState(t);
  }
  t.lineBuffering = lb;
  t.writeThrough = wt;
}

// ---- the type -----------------------------------------------------------------------------------

defineMethods(textIOWrapperType, {
  __init__(args, kw) {
    textInit(T(args[0]), args, kw);
    return None;
  },
  detach(args, kw) {
    checkArgs("detach", args, kw, 0, 0, 1);
    const t = T(args[0]);
    checkAttached(t);
    callMethod(t, "flush", []);
    const b = t.buffer;
    t.buffer = None;
    t.fastBuffer = null;
    t.detached = true;
    return b;
  },
  reconfigure(args, kw) {
    reconfigure(T(args[0]), args, kw);
    return None;
  },
  write(args, kw) {
    checkArgs("write", args, kw, 1, 1, 1);
    const t = T(args[0]);
    checkAttached(t);
    const s = strValue(args[1]);
    if (s === undefined) typeError(`write() argument must be str, not ${typeOf(args[1]).name}`);
    return textWrite(t, s!);
  },
  read(args, kw) {
    checkArgs("read", args, kw, 0, 1, 1);
    const t = T(args[0]);
    checkAttached(t);
    return textRead(t, sizeArg(args[1]));
  },
  readline(args, kw) {
    checkArgs("readline", args, kw, 0, 1, 1);
    const t = T(args[0]);
    checkAttached(t);
    let limit = -1;
    if (args[1] !== undefined) limit = indexArg(args[1]);
    return textReadline(t, limit);
  },
  flush(args, kw) {
    checkArgs("flush", args, kw, 0, 0, 1);
    const t = T(args[0]);
    checkAttached(t);
    textFlush(t);
    return None;
  },
  close(args, kw) {
    checkArgs("close", args, kw, 0, 0, 1);
    textClose(T(args[0]));
    return None;
  },
  fileno(args) {
    const t = T(args[0]);
    checkAttached(t);
    return callMethod(t.buffer, "fileno", []);
  },
  seekable(args) {
    const t = T(args[0]);
    checkAttached(t);
    return callMethod(t.buffer, "seekable", []);
  },
  readable(args) {
    const t = T(args[0]);
    checkAttached(t);
    return callMethod(t.buffer, "readable", []);
  },
  writable(args) {
    const t = T(args[0]);
    checkAttached(t);
    return callMethod(t.buffer, "writable", []);
  },
  isatty(args) {
    const t = T(args[0]);
    checkAttached(t);
    return callMethod(t.buffer, "isatty", []);
  },
  seek(args, kw) {
    checkArgs("seek", args, kw, 1, 2, 1);
    const t = T(args[0]);
    checkAttached(t);
    const whence = args[2] === undefined ? 0 : indexArg(args[2]);
    return textSeek(t, args[1], whence);
  },
  tell(args, kw) {
    checkArgs("tell", args, kw, 0, 0, 1);
    const t = T(args[0]);
    checkAttached(t);
    return textTell(t);
  },
  truncate(args, kw) {
    checkArgs("truncate", args, kw, 0, 1, 1);
    const t = T(args[0]);
    checkAttached(t);
    callMethod(t, "flush", []);
    const pos = args[1] === undefined ? None : args[1];
    return call(getAttr(t.buffer, "truncate"), [pos], null);
  },
  __repr__(args) {
    const t = T(args[0]);
    let out = `<_io.${textIOWrapperType.name}`;
    for (const attr of ["name", "mode"]) {
      let v: PyValue | undefined;
      try {
        v = getAttrOrUndefined(t, attr);
      } catch (e) {
        if (
          !(isBaseException(e) &&
            (e.cls.mro.includes(PyExc_ValueError) || e.cls.mro.includes(PyExc_AttributeError)))
        ) throw e;
        v = undefined;
      }
      if (v !== undefined) out += ` ${attr}=${repr(v)}`;
    }
    return `${out} encoding=${repr(t.encoding)}>`;
  },
  __next__(args) {
    const v = textIOWrapperType.tp_iternext!(T(args[0]));
    if (v === undefined) throw stopIteration(None);
    return v;
  },
});
textIOWrapperType.tp_iternext = (o) => {
  const t = o as PyTextIO;
  checkAttached(t);
  t.telling = false;
  let line: string;
  if (t.cls === textIOWrapperType) line = textReadline(t, -1);
  else {
    const r = callMethod(t, "readline", []);
    const s = strValue(r);
    if (s === undefined) {
      typeError(`readline() should have returned a str object, not '${typeOf(r).name}'`);
    }
    line = s!;
  }
  if (line === "") {
    t.snapshot = null;
    t.telling = t.seekable;
    return undefined;
  }
  return line;
};
defineGetter(textIOWrapperType, "encoding", (t) => {
  checkInitialized(T(t));
  return T(t).encoding;
});
defineGetter(textIOWrapperType, "errors", (t) => {
  checkInitialized(T(t));
  return T(t).errors;
});
defineGetter(textIOWrapperType, "buffer", (t) => {
  checkInitialized(T(t));
  return T(t).buffer;
});
defineGetter(textIOWrapperType, "line_buffering", (t) => {
  checkInitialized(T(t));
  return T(t).lineBuffering;
});
defineGetter(textIOWrapperType, "write_through", (t) => {
  checkInitialized(T(t));
  return T(t).writeThrough;
});
defineGetter(textIOWrapperType, "name", (t) => {
  checkAttached(T(t));
  return getAttr(T(t).buffer, "name");
});
defineGetter(textIOWrapperType, "closed", (t) => {
  checkAttached(T(t));
  return getAttr(T(t).buffer, "closed");
});
defineGetter(textIOWrapperType, "newlines", (t) => {
  checkAttached(T(t));
  const d = T(t).decoder;
  return d instanceof NewlineDecoder ? newlinesValue(d.seennl) : None;
});
defineGetter(textIOWrapperType, "_finalizing", (t) => T(t).finalizing);
defineGetter(
  textIOWrapperType,
  "_CHUNK_SIZE",
  (t) => {
    checkAttached(T(t));
    return T(t).chunkSize;
  },
  (t, v) => {
    checkAttached(T(t));
    if (v === undefined) typeError("cannot delete attribute");
    const n = indexArg(v!);
    if (n <= 0) valueError("a strictly positive integer is required");
    T(t).chunkSize = n;
  },
);
