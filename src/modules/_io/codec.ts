// Incremental encoders and decoders for TextIOWrapper: utf-8, ascii and latin-1 natively (fast,
// CPython's error handlers), any other encoding through Python's codec machinery
// (codecs.lookup(encoding).incrementalencoder / incrementaldecoder).
import { None, type PyValue, typeOf } from "../../objects/object.ts";
import {
  newException,
  pyError,
  PyExc_LookupError,
  PyExc_UnicodeEncodeError,
} from "../../objects/exceptions.ts";
import { call, callMethod, getAttr, getAttrOrUndefined, isTrue } from "../../objects/abstract.ts";
import { fromLatin1, latin1, PyBytes } from "../../objects/bytes.ts";
import { makeTuple, PyTuple } from "../../objects/tuple.ts";
import { decodeBytes, encodeStr, strValue } from "../../objects/str.ts";
import { importModuleByName } from "../../runtime/import.ts";
import { indexArg, typeError } from "./common.ts";

export type NativeKind = "utf-8" | "latin-1" | "ascii";

export interface Decoder {
  decode(input: Uint8Array, final: boolean): string;
  /** (buffered bytes, flags) as codecs' getstate(). */
  getstate(): [Uint8Array, number];
  setstate(buf: Uint8Array, flags: number): void;
  reset(): void;
}

export interface Encoder {
  /** Set for the native codecs (TextIOWrapper queues text for them and encodes in batches). */
  readonly kind: NativeKind | null;
  encode(s: string): Uint8Array;
  /** encoder.setstate(0) / reset() (skip or rewrite a BOM). */
  setstate(state: number): void;
  reset(): void;
}

const EMPTY = new Uint8Array(0);
const SURROGATE = /[\ud800-\udfff]/;
const NON_LATIN1 = /[\u0100-\uffff]/;
const NON_ASCII = /[\u0080-\uffff]/;

/** The native codec for an encoding name, or null (CPython's lookup normalisation). */
export function nativeKind(encoding: string): NativeKind | null {
  const e = encoding.toLowerCase().replace(/[-_ ]/g, "");
  if (e === "utf8" || e === "u8" || e === "utf" || e === "cp65001") return "utf-8";
  if (e === "latin1" || e === "iso88591" || e === "l1" || e === "latin" || e === "cp819") {
    return "latin-1";
  }
  if (e === "ascii" || e === "usascii" || e === "646") return "ascii";
  return null;
}

// ---- native decoders ------------------------------------------------------------------------

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Length of a trailing incomplete (but so far valid) UTF-8 sequence of b. */
function incompleteTail(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xc2 && c <= 0xdf
      ? 2
      : c >= 0xe0 && c <= 0xef
      ? 3
      : c >= 0xf0 && c <= 0xf4
      ? 4
      : 1;
    if (need <= k) return 0;
    // The second byte's range depends on the lead (no overlongs/surrogates/too-large).
    if (k >= 2) {
      const d = b[n - k + 1];
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      if (d < lo || d > hi) return 0;
    }
    return k;
  }
  return 0;
}

export class Utf8Decoder implements Decoder {
  pending: Uint8Array = EMPTY;
  constructor(readonly errors: string) {}
  decode(input: Uint8Array, final: boolean): string {
    let data = input;
    if (this.pending.length > 0) {
      data = new Uint8Array(this.pending.length + input.length);
      data.set(this.pending);
      data.set(input, this.pending.length);
      this.pending = EMPTY;
    }
    if (!final) {
      const tail = incompleteTail(data);
      if (tail > 0) {
        this.pending = data.slice(data.length - tail);
        data = data.subarray(0, data.length - tail);
      }
    }
    if (data.length === 0) return "";
    try {
      return fatalUtf8.decode(data);
    } catch {
      return decodeBytes(data, "utf-8", this.errors);
    }
  }
  getstate(): [Uint8Array, number] {
    return [this.pending.slice(), 0];
  }
  setstate(buf: Uint8Array): void {
    this.pending = buf.slice();
  }
  reset(): void {
    this.pending = EMPTY;
  }
}

class ByteDecoder implements Decoder {
  constructor(readonly ascii: boolean, readonly errors: string) {}
  decode(input: Uint8Array): string {
    if (this.ascii) {
      for (let i = 0; i < input.length; i++) {
        if (input[i] >= 0x80) return decodeBytes(input, "ascii", this.errors);
      }
    }
    return latin1(input);
  }
  getstate(): [Uint8Array, number] {
    return [EMPTY, 0];
  }
  setstate(): void {}
  reset(): void {}
}

// ---- native encoders ------------------------------------------------------------------------

const utf8Encoder = new TextEncoder();

class NativeEncoder implements Encoder {
  constructor(readonly kind: NativeKind, readonly errors: string) {}
  encode(s: string): Uint8Array {
    switch (this.kind) {
      case "utf-8":
        if (!SURROGATE.test(s)) return utf8Encoder.encode(s);
        return encodeUtf8Slow(s, this.errors);
      case "latin-1":
        if (!NON_LATIN1.test(s)) return fromLatin1(s);
        return encodeByteSlow(s, "latin-1", 0x100, this.errors);
      case "ascii":
        if (!NON_ASCII.test(s)) return fromLatin1(s);
        return encodeByteSlow(s, "ascii", 0x80, this.errors);
    }
  }
  setstate(): void {}
  reset(): void {}
}

/** The error handlers str.encode knows, plus surrogateescape / surrogatepass. */
function encodeUtf8Slow(s: string, errors: string): Uint8Array {
  if (errors !== "surrogateescape" && errors !== "surrogatepass") {
    return encodeStr(s, "utf-8", errors);
  }
  const out: number[] = [];
  let pos = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0xd800 && c <= 0xdfff) {
      if (errors === "surrogateescape" && c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
      else if (errors === "surrogatepass") {
        out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
      } else {
        throw newException(PyExc_UnicodeEncodeError, [
          "utf-8",
          s,
          pos,
          pos + 1,
          "surrogates not allowed",
        ]);
      }
    } else for (const b of utf8Encoder.encode(ch)) out.push(b);
    pos++;
  }
  return Uint8Array.from(out);
}

function encodeByteSlow(s: string, enc: string, limit: number, errors: string): Uint8Array {
  if (errors !== "surrogateescape") return encodeStr(s, enc, errors);
  const out: number[] = [];
  let pos = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (c >= 0xdc80 && c <= 0xdcff && c - 0xdc00 >= 0x80) out.push(c - 0xdc00);
    else {
      throw newException(PyExc_UnicodeEncodeError, [
        enc,
        s,
        pos,
        pos + 1,
        `ordinal not in range(${limit})`,
      ]);
    }
    pos++;
  }
  return Uint8Array.from(out);
}

// ---- codecs through Python ------------------------------------------------------------------

class PyCodecDecoder implements Decoder {
  constructor(readonly obj: PyValue) {}
  decode(input: Uint8Array, final: boolean): string {
    const r = call(getAttr(this.obj, "decode"), [new PyBytes(input), final], ["final"]);
    const s = strValue(r);
    if (s === undefined) {
      typeError(`decoder should return a string result, not '${typeOf(r).name}'`);
    }
    return s!;
  }
  getstate(): [Uint8Array, number] {
    const st = callMethod(this.obj, "getstate", []);
    if (!(st instanceof PyTuple) || st.items.length !== 2) typeError("illegal decoder state");
    const [buf, flags] = (st as PyTuple).items;
    if (!(buf instanceof PyBytes)) {
      typeError(`illegal decoder state: the first item must be bytes, not ${typeOf(buf).name}`);
    }
    return [(buf as PyBytes).bytes, indexArg(flags)];
  }
  setstate(buf: Uint8Array, flags: number): void {
    callMethod(this.obj, "setstate", [makeTuple([new PyBytes(buf), flags])]);
  }
  reset(): void {
    callMethod(this.obj, "reset", []);
  }
}

class PyCodecEncoder implements Encoder {
  readonly kind = null;
  constructor(readonly obj: PyValue) {}
  encode(s: string): Uint8Array {
    const r = callMethod(this.obj, "encode", [s]);
    if (!(r instanceof PyBytes)) {
      typeError(`encoder should return a bytes object, not '${typeOf(r).name}'`);
    }
    return (r as PyBytes).bytes;
  }
  setstate(state: number): void {
    callMethod(this.obj, "setstate", [state]);
  }
  reset(): void {
    callMethod(this.obj, "reset", []);
  }
}

/** codecs.lookup(encoding), checked to be a text encoding (_PyCodec_LookupTextEncoding). */
export function lookupTextEncoding(encoding: string): PyValue {
  let codecs: PyValue;
  try {
    codecs = importModuleByName("codecs");
  } catch {
    throw pyError(PyExc_LookupError, `unknown encoding: ${encoding}`);
  }
  const info = callMethod(codecs, "lookup", [encoding]);
  const isText = getAttrOrUndefined(info, "_is_text_encoding");
  if (isText !== undefined && !isTrue(isText)) {
    throw pyError(
      PyExc_LookupError,
      `'${encoding}' is not a text encoding; use codecs.open() to handle arbitrary codecs`,
    );
  }
  return info;
}

export interface CodecPair {
  /** CodecInfo for Python codecs (None for native ones). */
  info: PyValue;
  kind: NativeKind | null;
}

export function findCodec(encoding: string): CodecPair {
  const kind = nativeKind(encoding);
  if (kind !== null) return { info: None, kind };
  return { info: lookupTextEncoding(encoding), kind: null };
}

export function makeDecoder(codec: CodecPair, errors: string): Decoder {
  if (codec.kind === "utf-8") return new Utf8Decoder(errors);
  if (codec.kind !== null) return new ByteDecoder(codec.kind === "ascii", errors);
  return new PyCodecDecoder(call(getAttr(codec.info, "incrementaldecoder"), [errors], null));
}

export function makeEncoder(codec: CodecPair, errors: string): Encoder {
  if (codec.kind !== null) return new NativeEncoder(codec.kind, errors);
  return new PyCodecEncoder(call(getAttr(codec.info, "incrementalencoder"), [errors], null));
}
