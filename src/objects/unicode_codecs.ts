// The text codecs CPython writes in C (Objects/unicodeobject.c, Python/codecs.c): UTF-8/7/16/32,
// latin-1, ascii, charmap, unicode_escape, raw_unicode_escape, with CPython's error ranges and
// reasons, and the error-handler protocol (builtin handlers and handlers registered in Python).
// str.encode/bytes.decode use the fast paths here; the `_codecs` module exposes them to Python.
//
// Positions in Python strings are code points; JS strings are UTF-16, so encoders work on a
// code point array (made only when the input is not plain BMP text).
import {
  None,
  objectType,
  PyDict,
  PyObject,
  PyType,
  type PyValue,
  typeOf,
  typeType,
} from "./object.ts";
import { PyBytes } from "./bytes.ts";
import { makeTuple, PyTuple } from "./tuple.ts";
import {
  newException,
  PyBaseException,
  pyError,
  PyExc_BaseException,
  PyExc_ImportError,
  PyExc_IndexError,
  PyExc_KeyError,
  PyExc_LookupError,
  PyExc_TypeError,
  PyExc_UnicodeDecodeError,
  PyExc_UnicodeEncodeError,
  PyExc_UnicodeError,
  PyExc_UnicodeTranslateError,
  PyExc_ValueError,
  PyUnicodeError,
} from "./exceptions.ts";
import { asIndex, call, getAttr, getItem, isInstance, str } from "./abstract.ts";
import { intValue } from "./int.ts";
import { strValue } from "./str.ts";
import { lookupType } from "./type.ts";
import { PyBuiltinFunction } from "./builtin_function.ts";

// ---- Output buffers ---------------------------------------------------------------------------

/** A growable byte buffer. */
export class ByteWriter {
  buf: Uint8Array;
  len = 0;
  constructor(capacity = 64) {
    this.buf = new Uint8Array(capacity);
  }
  private grow(extra: number): void {
    let cap = this.buf.length * 2;
    while (cap < this.len + extra) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  push(b: number): void {
    if (this.len === this.buf.length) this.grow(1);
    this.buf[this.len++] = b;
  }
  pushBytes(b: Uint8Array): void {
    if (this.len + b.length > this.buf.length) this.grow(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  pushAscii(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/** Builds a string from code units in chunks (String.fromCharCode on small arrays). */
class StrWriter {
  parts: string[] = [];
  units: number[] = [];
  pushUnit(u: number): void {
    this.units.push(u);
    if (this.units.length >= 4096) this.flush();
  }
  pushCodePoint(c: number): void {
    if (c < 0x10000) this.pushUnit(c);
    else {
      c -= 0x10000;
      this.pushUnit(0xd800 + (c >> 10));
      this.pushUnit(0xdc00 + (c & 0x3ff));
    }
  }
  pushStr(s: string): void {
    this.flush();
    this.parts.push(s);
  }
  flush(): void {
    if (this.units.length > 0) {
      this.parts.push(String.fromCharCode.apply(null, this.units));
      this.units = [];
    }
  }
  result(): string {
    this.flush();
    if (this.parts.length === 1) return this.parts[0];
    const s = this.parts.join("");
    this.parts = [s];
    return s;
  }
}

/** Code points of a string (lone surrogates stay single code points, as in Python). */
export function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u < 0xdc00 && i + 1 < s.length) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v < 0xe000) {
        out.push(0x10000 + ((u - 0xd800) << 10) + (v - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(u);
  }
  return out;
}

/** Number of code points of a string. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u < 0xdc00) {
      const v = s.charCodeAt(i + 1);
      if (v >= 0xdc00 && v < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function fromCodePoints(cps: readonly number[], start = 0, end = cps.length): string {
  const w = new StrWriter();
  for (let i = start; i < end; i++) w.pushCodePoint(cps[i]);
  return w.result();
}

const hasSurrogate = /[\ud800-\udfff]/;
const isWellFormed = (s: string): boolean =>
  (s as unknown as { isWellFormed?: () => boolean }).isWellFormed?.() ??
    !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

// ---- Codec state per interpreter (CPython's interp->codec_*) ------------------------------------

export interface CodecState {
  searchPath: PyValue[];
  cache: Map<string, PyValue>;
  errorHandlers: Map<string, PyValue>;
  /** Whether the `encodings` package was imported (CPython imports it on first lookup). */
  initialized: boolean;
  /** `import name` in the interpreter that owns this registry (given by the runtime). */
  importModule: (name: string) => PyValue;
}

/** A new interpreter's codec registry; `importModule` imports a module in that interpreter. */
export function newCodecState(importModule: (name: string) => PyValue): CodecState {
  return {
    searchPath: [],
    cache: new Map(),
    errorHandlers: new Map(builtinErrorHandlers),
    initialized: false,
    importModule,
  };
}

/** The running interpreter's registry (rebound by the runtime's interpreter_state.ts). */
let current: CodecState | null = null;

export function setCodecState(state: CodecState): void {
  current = state;
}

/** The codec registry of the running interpreter. */
export function codecState(): CodecState {
  if (current === null) throw new Error("no interpreter is running (codec registry)");
  return current;
}

// ---- Error handlers -----------------------------------------------------------------------------

type HandlerFn = (exc: PyValue) => PyValue;

function excOf(exc: PyValue): PyUnicodeError {
  if (exc instanceof PyUnicodeError) return exc;
  return wrongException(exc);
}

const isEncodeErr = (e: PyUnicodeError) => isInstance(e, PyExc_UnicodeEncodeError);
const isDecodeErr = (e: PyUnicodeError) => isInstance(e, PyExc_UnicodeDecodeError);
const isTranslateErr = (e: PyUnicodeError) => isInstance(e, PyExc_UnicodeTranslateError);

function excRange(e: PyUnicodeError, len: number): [number, number] {
  let start = Number(e.start), end = Number(e.end);
  if (start < 0) start = 0;
  if (start >= len) start = len === 0 ? 0 : len - 1;
  if (end < 1) end = 1;
  if (end > len) end = len;
  return [start, end];
}

function excObjectStr(e: PyUnicodeError): number[] {
  const s = strValue(e.object);
  if (s === undefined) throw pyError(PyExc_TypeError, "object attribute must be unicode");
  return codePoints(s);
}
function excObjectBytes(e: PyUnicodeError): Uint8Array {
  if (e.object instanceof PyBytes) return e.object.bytes;
  throw pyError(PyExc_TypeError, "object attribute must be bytes");
}

function hex(c: number, width: number): string {
  return c.toString(16).padStart(width, "0");
}

/** `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point, as backslashreplace writes it. */
export function backslashEscape(c: number): string {
  if (c < 0x100) return "\\x" + hex(c, 2);
  if (c < 0x10000) return "\\u" + hex(c, 4);
  return "\\U" + hex(c, 8);
}

const strictErrors: HandlerFn = (exc) => {
  if (exc instanceof PyObject && isInstance(exc, PyExc_BaseException)) throw exc;
  throw pyError(PyExc_TypeError, "codec must pass exception instance");
};

const ignoreErrors: HandlerFn = (exc) => {
  const e = excOf(exc);
  if (isDecodeErr(e)) return makeTuple(["", excRange(e, excObjectBytes(e).length)[1]]);
  if (isEncodeErr(e) || isTranslateErr(e)) {
    return makeTuple(["", excRange(e, excObjectStr(e).length)[1]]);
  }
  return wrongException(e);
};

function wrongException(e: PyValue): never {
  throw pyError(PyExc_TypeError, `don't know how to handle ${typeOf(e).name} in error callback`);
}

const replaceErrors: HandlerFn = (exc) => {
  const e = excOf(exc);
  if (isEncodeErr(e)) {
    const [s, t] = excRange(e, excObjectStr(e).length);
    return makeTuple(["?".repeat(Math.max(0, t - s)), t]);
  }
  if (isDecodeErr(e)) {
    return makeTuple(["\ufffd", excRange(e, excObjectBytes(e).length)[1]]);
  }
  if (isTranslateErr(e)) {
    const [s, t] = excRange(e, excObjectStr(e).length);
    return makeTuple(["\ufffd".repeat(Math.max(0, t - s)), t]);
  }
  return wrongException(e);
};

const xmlcharrefreplaceErrors: HandlerFn = (exc) => {
  const e = excOf(exc);
  if (!isEncodeErr(e)) return wrongException(e);
  const cps = excObjectStr(e);
  const [s, t] = excRange(e, cps.length);
  let out = "";
  for (let i = s; i < t; i++) out += `&#${cps[i]};`;
  return makeTuple([out, t]);
};

const backslashreplaceErrors: HandlerFn = (exc) => {
  const e = excOf(exc);
  if (isDecodeErr(e)) {
    const b = excObjectBytes(e);
    const [s, t] = excRange(e, b.length);
    let out = "";
    for (let i = s; i < t; i++) out += "\\x" + hex(b[i], 2);
    return makeTuple([out, t]);
  }
  if (!isEncodeErr(e) && !isTranslateErr(e)) return wrongException(e);
  const cps = excObjectStr(e);
  const [s, t] = excRange(e, cps.length);
  let out = "";
  for (let i = s; i < t; i++) out += backslashEscape(cps[i]);
  return makeTuple([out, t]);
};

/**
 * The `unicodedata` module (CPython's codecs reach its name database through a capsule), or
 * undefined when it cannot be imported.
 */
function unicodedataModule(): PyValue | undefined {
  if (current === null) return undefined;
  try {
    return current.importModule("unicodedata");
  } catch (e) {
    if (e instanceof PyObject && isInstance(e, PyExc_ImportError)) return undefined;
    throw e;
  }
}

const namereplaceErrors: HandlerFn = (exc) => {
  const e = excOf(exc);
  if (!isEncodeErr(e)) return wrongException(e);
  const cps = excObjectStr(e);
  const [s, t] = excRange(e, cps.length);
  const ucd = unicodedataModule();
  const nameOf = ucd === undefined ? undefined : getAttr(ucd, "name");
  let out = "";
  for (let i = s; i < t; i++) {
    // Characters without a name (or with no name database) take the backslash form.
    const name = nameOf === undefined
      ? None
      : call(nameOf, [String.fromCodePoint(cps[i]), None], null);
    out += typeof name === "string" ? `\\N{${name}}` : backslashEscape(cps[i]);
  }
  return makeTuple([out, t]);
};

const surrogateescapeErrors: HandlerFn = (exc) => {
  const e = excOf(exc);
  if (isEncodeErr(e)) {
    const cps = excObjectStr(e);
    const [s, t] = excRange(e, cps.length);
    const out = new Uint8Array(Math.max(0, t - s));
    for (let i = s; i < t; i++) {
      const c = cps[i];
      if (c < 0xdc80 || c > 0xdcff) throw e;
      out[i - s] = c - 0xdc00;
    }
    return makeTuple([new PyBytes(out), t]);
  }
  if (isDecodeErr(e)) {
    const b = excObjectBytes(e);
    const [s, t] = excRange(e, b.length);
    let out = "";
    let consumed = 0;
    // Escapes at most 4 bytes, as CPython does; bytes below 128 cannot be escaped.
    for (let i = s; i < t && consumed < 4; i++, consumed++) {
      if (b[i] < 128) break;
      out += String.fromCharCode(0xdc00 + b[i]);
    }
    if (consumed === 0) throw e;
    return makeTuple([out, s + consumed]);
  }
  return wrongException(e);
};

const enum StdEnc {
  Unknown,
  Utf8,
  Utf16LE,
  Utf16BE,
  Utf32LE,
  Utf32BE,
}

/** CPython's get_standard_encoding, for surrogatepass. */
function standardEncoding(name: string): [StdEnc, number] {
  let n = name.toLowerCase();
  if (n.startsWith("utf")) {
    n = n.slice(3);
    if (n[0] === "-" || n[0] === "_") n = n.slice(1);
    if (n === "8") return [StdEnc.Utf8, 3];
    for (
      const [digits, le, be, len] of [["16", StdEnc.Utf16LE, StdEnc.Utf16BE, 2], [
        "32",
        StdEnc.Utf32LE,
        StdEnc.Utf32BE,
        4,
      ]] as const
    ) {
      if (!n.startsWith(digits)) continue;
      n = n.slice(2);
      if (n === "") return [le, len];
      if (n[0] === "-" || n[0] === "_") {
        n = n.slice(1);
        if (n === "be") return [be, len];
        if (n === "le") return [le, len];
      }
      return [StdEnc.Unknown, len];
    }
  } else if (name === "CP_UTF8") return [StdEnc.Utf8, 3];
  return [StdEnc.Unknown, 0];
}

const surrogatepassErrors: HandlerFn = (exc) => {
  const e = excOf(exc);
  if (isEncodeErr(e)) {
    const cps = excObjectStr(e);
    const [s, t] = excRange(e, cps.length);
    const [code] = standardEncoding(str(e.encoding));
    if (code === StdEnc.Unknown) throw e;
    const w = new ByteWriter();
    for (let i = s; i < t; i++) {
      const c = cps[i];
      if (c < 0xd800 || c > 0xdfff) throw e;
      switch (code) {
        case StdEnc.Utf8:
          w.push(0xe0 | (c >> 12));
          w.push(0x80 | ((c >> 6) & 0x3f));
          w.push(0x80 | (c & 0x3f));
          break;
        case StdEnc.Utf16LE:
          w.push(c & 0xff);
          w.push(c >> 8);
          break;
        case StdEnc.Utf16BE:
          w.push(c >> 8);
          w.push(c & 0xff);
          break;
        case StdEnc.Utf32LE:
          w.push(c & 0xff);
          w.push(c >> 8);
          w.push(0);
          w.push(0);
          break;
        case StdEnc.Utf32BE:
          w.push(0);
          w.push(0);
          w.push(c >> 8);
          w.push(c & 0xff);
          break;
      }
    }
    return makeTuple([new PyBytes(w.result()), t]);
  }
  if (isDecodeErr(e)) {
    const b = excObjectBytes(e);
    const s = Number(e.start);
    const [code, len] = standardEncoding(str(e.encoding));
    if (code === StdEnc.Unknown) throw e;
    let c = 0;
    if (b.length - s >= len) {
      const p = (k: number) => b[s + k];
      switch (code) {
        case StdEnc.Utf8:
          if ((p(0) & 0xf0) === 0xe0 && (p(1) & 0xc0) === 0x80 && (p(2) & 0xc0) === 0x80) {
            c = ((p(0) & 0x0f) << 12) + ((p(1) & 0x3f) << 6) + (p(2) & 0x3f);
          }
          break;
        case StdEnc.Utf16LE:
          c = (p(1) << 8) | p(0);
          break;
        case StdEnc.Utf16BE:
          c = (p(0) << 8) | p(1);
          break;
        case StdEnc.Utf32LE:
          c = ((p(3) << 24) | (p(2) << 16) | (p(1) << 8) | p(0)) >>> 0;
          break;
        case StdEnc.Utf32BE:
          c = ((p(0) << 24) | (p(1) << 16) | (p(2) << 8) | p(3)) >>> 0;
          break;
      }
    }
    if (c < 0xd800 || c > 0xdfff) throw e;
    return makeTuple([String.fromCharCode(c), s + len]);
  }
  return wrongException(e);
};

const builtinHandlerFns: [string, string, HandlerFn][] = [
  ["strict", "strict_errors", strictErrors],
  ["ignore", "ignore_errors", ignoreErrors],
  ["replace", "replace_errors", replaceErrors],
  ["xmlcharrefreplace", "xmlcharrefreplace_errors", xmlcharrefreplaceErrors],
  ["backslashreplace", "backslashreplace_errors", backslashreplaceErrors],
  ["namereplace", "namereplace_errors", namereplaceErrors],
  ["surrogateescape", "surrogateescape", surrogateescapeErrors],
  ["surrogatepass", "surrogatepass", surrogatepassErrors],
];
/** Builtin handler functions (shared, as CPython's are static) and their native bodies. */
const builtinErrorHandlers = new Map<string, PyValue>();
const nativeHandlers = new Map<PyValue, HandlerFn>();
for (const [key, fname, fn] of builtinHandlerFns) {
  const f = new PyBuiltinFunction(fname, (args, kwnames) => {
    if ((kwnames !== null && kwnames.length > 0) || args.length !== 1) {
      throw pyError(
        PyExc_TypeError,
        kwnames !== null && kwnames.length > 0
          ? `${fname}() takes no keyword arguments`
          : `${fname}() takes exactly one argument (${args.length} given)`,
      );
    }
    return fn(args[0]);
  });
  builtinErrorHandlers.set(key, f);
  nativeHandlers.set(f, fn);
}

/** codecs.lookup_error. */
export function lookupError(name: string): PyValue {
  const h = codecState().errorHandlers.get(name);
  if (h === undefined) throw pyError(PyExc_LookupError, `unknown error handler name '${name}'`);
  return h;
}

function callHandler(errors: string, exc: PyUnicodeError): PyValue {
  // The builtin names take CPython's fast paths, which never consult the registry.
  const builtin = builtinErrorHandlers.get(errors);
  const handler = builtin ?? lookupError(errors);
  const native = nativeHandlers.get(handler);
  return native !== undefined ? native(exc) : call(handler, [exc], null);
}

function handlerNewPos(res: PyTuple, len: number): number {
  const pos = asIndex(res.items[1]);
  let p = Number(pos);
  if (p < 0) p += len;
  if (p < 0 || p > len) {
    throw pyError(PyExc_IndexError, `position ${pos} from error handler out of bounds`);
  }
  return p;
}

/**
 * Encode error: calls the handler; returns the replacement (str as code points or bytes) and
 * the position to resume at.
 */
function encodeErrorCall(
  errors: string,
  encoding: string,
  input: string,
  cpsLen: number,
  start: number,
  end: number,
  reason: string,
): [exc: PyUnicodeError, rep: string | Uint8Array, newpos: number] {
  const exc = newException(PyExc_UnicodeEncodeError, [
    encoding,
    input,
    start,
    end,
    reason,
  ]) as PyUnicodeError;
  const res = callHandler(errors, exc);
  const msg = "encoding error handler must return (str/bytes, int) tuple";
  if (!(res instanceof PyTuple) || res.items.length !== 2) throw pyError(PyExc_TypeError, msg);
  const r = res.items[0];
  const s = strValue(r);
  let rep: string | Uint8Array;
  if (s !== undefined) rep = s;
  else if (r instanceof PyBytes) rep = r.bytes;
  else throw pyError(PyExc_TypeError, msg);
  return [exc, rep, handlerNewPos(res, cpsLen)];
}

/** Decode error: calls the handler; returns the replacement text and the position to resume. */
function decodeErrorCall(
  errors: string,
  encoding: string,
  input: Uint8Array,
  start: number,
  end: number,
  reason: string,
  inputObj?: PyBytes,
): [string, number] {
  const exc = newException(PyExc_UnicodeDecodeError, [
    encoding,
    inputObj ?? new PyBytes(input),
    start,
    end,
    reason,
  ]) as PyUnicodeError;
  const res = callHandler(errors, exc);
  const msg = "decoding error handler must return (str, int) tuple";
  if (!(res instanceof PyTuple) || res.items.length !== 2) throw pyError(PyExc_TypeError, msg);
  const rep = strValue(res.items[0]);
  if (rep === undefined) throw pyError(PyExc_TypeError, msg);
  return [rep, handlerNewPos(res, input.length)];
}

/** A decoder's error sink: writes the replacement and returns where to resume. */
class DecodeErrors {
  private obj: PyBytes | undefined;
  constructor(
    readonly errors: string,
    readonly encoding: string,
    readonly input: Uint8Array,
    readonly out: StrWriter,
  ) {}
  fail(start: number, end: number, reason: string): number {
    if (this.errors === "strict") {
      throw newException(PyExc_UnicodeDecodeError, [
        this.encoding,
        this.obj ??= new PyBytes(this.input),
        start,
        end,
        reason,
      ]);
    }
    if (this.errors === "replace") {
      this.out.pushUnit(0xfffd);
      return end;
    }
    if (this.errors === "ignore") return end;
    this.obj ??= new PyBytes(this.input);
    const [rep, pos] = decodeErrorCall(
      this.errors,
      this.encoding,
      this.input,
      start,
      end,
      reason,
      this.obj,
    );
    this.out.pushStr(rep);
    return pos;
  }
}

// ---- UTF-8 ----------------------------------------------------------------------------------

const utf8Encoder = new TextEncoder();
const utf8Fatal = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Writes `rep` (a str replacement) as ASCII, or raises `exc` when it is not ASCII. */
function pushAsciiReplacement(w: ByteWriter, rep: string, exc: PyUnicodeError, limit = 128) {
  for (let i = 0; i < rep.length; i++) {
    const c = rep.charCodeAt(i);
    if (c >= limit) throw exc;
    w.push(c);
  }
}

/**
 * CPython's encoders escape a run's leading U+DC80..U+DCFF themselves under surrogateescape and
 * call the handler only for the rest, so the error names only the characters it cannot escape.
 */
function surrogateEscapeRun(
  errors: string,
  cps: readonly number[],
  start: number,
  end: number,
  w: ByteWriter,
): number {
  if (errors !== "surrogateescape") return start;
  while (start < end && cps[start] >= 0xdc80 && cps[start] <= 0xdcff) w.push(cps[start++] - 0xdc00);
  return start;
}

export function encodeUtf8(s: string, errors: string): Uint8Array {
  if (!hasSurrogate.test(s) || isWellFormed(s)) return utf8Encoder.encode(s);
  const cps = codePoints(s);
  const w = new ByteWriter(s.length + 16);
  let i = 0;
  const n = cps.length;
  while (i < n) {
    const c = cps[i];
    if (c < 0x80) w.push(c);
    else if (c < 0x800) {
      w.push(0xc0 | (c >> 6));
      w.push(0x80 | (c & 0x3f));
    } else if (c >= 0xd800 && c <= 0xdfff) {
      let end = i + 1;
      while (end < n && cps[end] >= 0xd800 && cps[end] <= 0xdfff) end++;
      i = surrogateEscapeRun(errors, cps, i, end, w);
      if (i === end) continue;
      const [exc, rep, pos] = encodeErrorCall(
        errors,
        "utf-8",
        s,
        n,
        i,
        end,
        "surrogates not allowed",
      );
      if (typeof rep === "string") pushAsciiReplacement(w, rep, exc);
      else w.pushBytes(rep);
      i = pos;
      continue;
    } else if (c < 0x10000) {
      w.push(0xe0 | (c >> 12));
      w.push(0x80 | ((c >> 6) & 0x3f));
      w.push(0x80 | (c & 0x3f));
    } else {
      w.push(0xf0 | (c >> 18));
      w.push(0x80 | ((c >> 12) & 0x3f));
      w.push(0x80 | ((c >> 6) & 0x3f));
      w.push(0x80 | (c & 0x3f));
    }
    i++;
  }
  return w.result();
}

/** Start of an incomplete but so-far-valid UTF-8 sequence at the end of b, else b.length. */
function utf8IncompleteTail(b: Uint8Array): number {
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = b[n - k];
    if (c < 0x80) return n;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > k ? n - k : n;
    }
  }
  return n;
}

export function decodeUtf8(
  b: Uint8Array,
  errors: string,
  final = true,
): [text: string, consumed: number] {
  const n = b.length;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return [latin1String(b), n];
  if (final || utf8IncompleteTail(b) === n) {
    try {
      return [utf8Fatal.decode(b), n];
    } catch {
      // Invalid data: the exact decoder below finds where, and applies the error handler.
    }
  }
  const out = new StrWriter();
  const errs = new DecodeErrors(errors, "utf-8", b, out);
  let i = 0;
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out.pushUnit(c);
      i++;
      continue;
    }
    let need: number, cp: number;
    if (c >= 0xc2 && c <= 0xdf) [need, cp] = [1, c & 0x1f];
    else if (c >= 0xe0 && c <= 0xef) [need, cp] = [2, c & 0x0f];
    else if (c >= 0xf0 && c <= 0xf4) [need, cp] = [3, c & 0x07];
    else {
      i = errs.fail(i, i + 1, "invalid start byte");
      continue;
    }
    let k = 1;
    let resume = -1;
    for (; k <= need; k++) {
      if (i + k >= n) {
        if (!final) return [out.result(), i];
        resume = errs.fail(i, n, "unexpected end of data");
        break;
      }
      const d = b[i + k];
      // Second-byte ranges exclude overlongs, surrogates and values past U+10FFFF.
      const lo = k === 1 ? (c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80) : 0x80;
      const hi = k === 1 ? (c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf) : 0xbf;
      if (d < lo || d > hi) {
        // A truncated surrogate (ED A0..BF) at the end of incomplete input waits for more.
        if (!final && k === 1 && c === 0xed && n - i === 2 && d >= 0xa0 && d <= 0xbf) {
          return [out.result(), i];
        }
        resume = errs.fail(i, i + k, "invalid continuation byte");
        break;
      }
      cp = (cp << 6) | (d & 0x3f);
    }
    if (resume >= 0) {
      i = resume;
      continue;
    }
    out.pushCodePoint(cp);
    i += need + 1;
  }
  return [out.result(), n];
}

// ---- latin-1, ascii ---------------------------------------------------------------------------

export function latin1String(b: Uint8Array, start = 0, end = b.length): string {
  if (end - start <= 8192) return String.fromCharCode.apply(null, b.subarray(start, end) as never);
  let s = "";
  for (let i = start; i < end; i += 8192) {
    s += String.fromCharCode.apply(null, b.subarray(i, Math.min(end, i + 8192)) as never);
  }
  return s;
}

/** latin-1 (limit 256) and ascii (limit 128) encoders. */
export function encodeCharset(s: string, errors: string, limit: 128 | 256): Uint8Array {
  const n = s.length;
  let i = 0;
  const fast = new Uint8Array(n);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= limit) break;
    fast[i] = c;
  }
  if (i === n) return fast;
  const encoding = limit === 128 ? "ascii" : "latin-1";
  const reason = limit === 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
  const cps = codePoints(s);
  const w = new ByteWriter(n + 16);
  w.pushBytes(fast.subarray(0, i));
  const m = cps.length;
  while (i < m) {
    const c = cps[i];
    if (c < limit) {
      w.push(c);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < m && cps[end] >= limit) end++;
    i = surrogateEscapeRun(errors, cps, i, end, w);
    if (i === end) continue;
    const [exc, rep, pos] = encodeErrorCall(errors, encoding, s, m, i, end, reason);
    if (typeof rep === "string") pushAsciiReplacement(w, rep, exc, limit);
    else w.pushBytes(rep);
    i = pos;
  }
  return w.result();
}

export function decodeAscii(b: Uint8Array, errors: string): string {
  let i = 0;
  const n = b.length;
  while (i < n && b[i] < 0x80) i++;
  if (i === n) return latin1String(b);
  const out = new StrWriter();
  out.pushStr(latin1String(b, 0, i));
  const errs = new DecodeErrors(errors, "ascii", b, out);
  while (i < n) {
    const c = b[i];
    if (c < 0x80) {
      out.pushUnit(c);
      i++;
    } else i = errs.fail(i, i + 1, "ordinal not in range(128)");
  }
  return out.result();
}

// ---- UTF-16 / UTF-32 --------------------------------------------------------------------------

/** byteorder: 0 native (little) with a BOM, -1 little, 1 big. */
export function encodeUtf16(s: string, errors: string, byteorder: number): Uint8Array {
  const big = byteorder > 0;
  const encoding = byteorder === 0 ? "utf-16" : big ? "utf-16-be" : "utf-16-le";
  const w = new ByteWriter(s.length * 2 + 2);
  const unit = (u: number) => {
    if (big) {
      w.push(u >> 8);
      w.push(u & 0xff);
    } else {
      w.push(u & 0xff);
      w.push(u >> 8);
    }
  };
  if (byteorder === 0) unit(0xfeff);
  if (!hasSurrogate.test(s) || isWellFormed(s)) {
    for (let i = 0; i < s.length; i++) unit(s.charCodeAt(i));
    return w.result();
  }
  const cps = codePoints(s);
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (c >= 0xd800 && c <= 0xdfff) {
      const [exc, rep, pos] = encodeErrorCall(
        errors,
        encoding,
        s,
        cps.length,
        i,
        i + 1,
        "surrogates not allowed",
      );
      if (typeof rep === "string") {
        for (let k = 0; k < rep.length; k++) {
          if (rep.charCodeAt(k) >= 128) throw exc;
          unit(rep.charCodeAt(k));
        }
      } else {
        if (rep.length % 2 !== 0) throw exc;
        w.pushBytes(rep);
      }
      i = pos;
      continue;
    }
    if (c >= 0x10000) {
      unit(0xd800 + ((c - 0x10000) >> 10));
      unit(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else unit(c);
    i++;
  }
  return w.result();
}

/**
 * UTF-16 decoding; byteorder 0 detects a BOM. Returns the text, bytes consumed and the byte
 * order detected from a BOM (0 when none was read in the native-order case).
 */
export function decodeUtf16(
  b: Uint8Array,
  errors: string,
  byteorder: number,
  final: boolean,
): [string, number, number] {
  let bo = byteorder;
  let q = 0;
  const n = b.length;
  if (bo === 0 && n >= 2) {
    const bom = (b[1] << 8) | b[0];
    if (bom === 0xfeff) {
      q = 2;
      bo = -1;
    } else if (bom === 0xfffe) {
      q = 2;
      bo = 1;
    }
  }
  const reportedBo = bo;
  const big = bo > 0;
  const encoding = big ? "utf-16-be" : "utf-16-le";
  const out = new StrWriter();
  const errs = new DecodeErrors(errors, encoding, b, out);
  const unitAt = (p: number) => big ? (b[p] << 8) | b[p + 1] : (b[p + 1] << 8) | b[p];
  while (q < n) {
    if (n - q < 2) {
      if (!final) return [out.result(), q, reportedBo];
      q = errs.fail(q, n, "truncated data");
      continue;
    }
    const u = unitAt(q);
    if (u < 0xd800 || u > 0xdfff) {
      out.pushUnit(u);
      q += 2;
      continue;
    }
    if (u >= 0xdc00) {
      q = errs.fail(q, q + 2, "illegal encoding");
      continue;
    }
    if (n - q < 4) {
      if (!final) return [out.result(), q, reportedBo];
      q = errs.fail(q, n, "unexpected end of data");
      continue;
    }
    const v = unitAt(q + 2);
    if (v >= 0xdc00 && v <= 0xdfff) {
      out.pushUnit(u);
      out.pushUnit(v);
      q += 4;
      continue;
    }
    q = errs.fail(q, q + 2, "illegal UTF-16 surrogate");
  }
  return [out.result(), n, reportedBo];
}

export function encodeUtf32(s: string, errors: string, byteorder: number): Uint8Array {
  const big = byteorder > 0;
  const encoding = byteorder === 0 ? "utf-32" : big ? "utf-32-be" : "utf-32-le";
  const w = new ByteWriter(s.length * 4 + 4);
  const unit = (c: number) => {
    if (big) {
      w.push(c >>> 24);
      w.push((c >> 16) & 0xff);
      w.push((c >> 8) & 0xff);
      w.push(c & 0xff);
    } else {
      w.push(c & 0xff);
      w.push((c >> 8) & 0xff);
      w.push((c >> 16) & 0xff);
      w.push(c >>> 24);
    }
  };
  if (byteorder === 0) unit(0xfeff);
  const cps = codePoints(s);
  let i = 0;
  while (i < cps.length) {
    const c = cps[i];
    if (c >= 0xd800 && c <= 0xdfff) {
      const [exc, rep, pos] = encodeErrorCall(
        errors,
        encoding,
        s,
        cps.length,
        i,
        i + 1,
        "surrogates not allowed",
      );
      if (typeof rep === "string") {
        for (let k = 0; k < rep.length; k++) {
          if (rep.charCodeAt(k) >= 128) throw exc;
          unit(rep.charCodeAt(k));
        }
      } else {
        if (rep.length % 4 !== 0) throw exc;
        w.pushBytes(rep);
      }
      i = pos;
      continue;
    }
    unit(c);
    i++;
  }
  return w.result();
}

export function decodeUtf32(
  b: Uint8Array,
  errors: string,
  byteorder: number,
  final: boolean,
): [string, number, number] {
  let bo = byteorder;
  let q = 0;
  const n = b.length;
  if (bo === 0 && n >= 4) {
    const bom = ((b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0]) >>> 0;
    if (bom === 0xfeff) {
      q = 4;
      bo = -1;
    } else if (bom === 0xfffe0000) {
      q = 4;
      bo = 1;
    }
  }
  const reportedBo = bo;
  const big = bo > 0;
  const encoding = big ? "utf-32-be" : "utf-32-le";
  const out = new StrWriter();
  const errs = new DecodeErrors(errors, encoding, b, out);
  while (q < n) {
    if (n - q < 4) {
      if (!final) return [out.result(), q, reportedBo];
      q = errs.fail(q, n, "truncated data");
      continue;
    }
    const c = big
      ? ((b[q] << 24) | (b[q + 1] << 16) | (b[q + 2] << 8) | b[q + 3]) >>> 0
      : ((b[q + 3] << 24) | (b[q + 2] << 16) | (b[q + 1] << 8) | b[q]) >>> 0;
    if (c >= 0x110000) {
      q = errs.fail(q, q + 4, "code point not in range(0x110000)");
    } else if (c >= 0xd800 && c <= 0xdfff) {
      q = errs.fail(q, q + 4, "code point in surrogate code point range(0xd800, 0xe000)");
    } else {
      out.pushCodePoint(c);
      q += 4;
    }
  }
  return [out.result(), n, reportedBo];
}

// ---- UTF-7 ------------------------------------------------------------------------------------

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const isBase64 = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 ||
  c === 47;
const fromBase64 = (c: number) =>
  c >= 65 && c <= 90
    ? c - 65
    : c >= 97 && c <= 122
    ? c - 71
    : c >= 48 && c <= 57
    ? c + 4
    : c === 43
    ? 62
    : 63;
/** Characters utf-7 writes as themselves (CPython's utf7_category 0..2 as its encoder uses). */
const utf7Direct = (c: number) =>
  c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127 && c !== 43 && c !== 92 && c !== 126);

export function encodeUtf7(s: string): Uint8Array {
  const cps = codePoints(s);
  const w = new ByteWriter(s.length + 8);
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  const emitUnit = (u: number) => {
    bits += 16;
    buffer = ((buffer << 16) | u) >>> 0;
    while (bits >= 6) {
      w.push(B64.charCodeAt((buffer >>> (bits - 6)) & 0x3f));
      bits -= 6;
    }
    buffer &= (1 << bits) - 1;
  };
  for (const c of cps) {
    if (inShift) {
      if (utf7Direct(c)) {
        if (bits > 0) {
          w.push(B64.charCodeAt((buffer << (6 - bits)) & 0x3f));
          buffer = 0;
          bits = 0;
        }
        inShift = false;
        // A base64 character or '-' right after the shift needs an explicit terminator.
        if (isBase64(c) || c === 45) w.push(45);
        w.push(c);
        continue;
      }
    } else if (c === 43) {
      w.push(43);
      w.push(45);
      continue;
    } else if (utf7Direct(c)) {
      w.push(c);
      continue;
    } else {
      w.push(43);
      inShift = true;
    }
    if (c >= 0x10000) {
      emitUnit(0xd800 + ((c - 0x10000) >> 10));
      emitUnit(0xdc00 + ((c - 0x10000) & 0x3ff));
    } else emitUnit(c);
  }
  if (bits > 0) w.push(B64.charCodeAt((buffer << (6 - bits)) & 0x3f));
  if (inShift) w.push(45);
  return w.result();
}

export function decodeUtf7(b: Uint8Array, errors: string, final: boolean): [string, number] {
  const out = new StrWriter();
  const errs = new DecodeErrors(errors, "utf7", b, out);
  const n = b.length;
  let inShift = false;
  let bits = 0;
  let buffer = 0;
  let surrogate = 0;
  let startinpos = 0;
  /** The output before the current shift sequence (to back off when input is incomplete). */
  let shiftOutStart = "";
  let s = 0;
  for (;;) {
    while (s < n) {
      const ch = b[s];
      if (inShift) {
        if (isBase64(ch)) {
          buffer = (buffer << 6) | fromBase64(ch);
          bits += 6;
          s++;
          if (bits >= 16) {
            const outCh = (buffer >> (bits - 16)) & 0xffff;
            bits -= 16;
            buffer &= (1 << bits) - 1;
            if (surrogate) {
              if (outCh >= 0xdc00 && outCh <= 0xdfff) {
                out.pushUnit(surrogate);
                out.pushUnit(outCh);
                surrogate = 0;
                continue;
              }
              out.pushUnit(surrogate);
              surrogate = 0;
            }
            if (outCh >= 0xd800 && outCh <= 0xdbff) surrogate = outCh;
            else out.pushUnit(outCh);
          }
          continue;
        }
        inShift = false;
        if (bits >= 6) {
          s++;
          s = errs.fail(startinpos, s, "partial character in shift sequence");
          continue;
        }
        if (bits > 0 && buffer !== 0) {
          s++;
          s = errs.fail(startinpos, s, "non-zero padding bits in shift sequence");
          continue;
        }
        if (surrogate) {
          out.pushUnit(surrogate);
          surrogate = 0;
        }
        if (ch === 45) s++;
        continue;
      }
      if (ch === 43) {
        startinpos = s;
        s++;
        if (s < n && b[s] === 45) {
          s++;
          out.pushUnit(43);
        } else if (s < n && !isBase64(b[s])) {
          s++;
          s = errs.fail(startinpos, s, "ill-formed sequence");
        } else {
          inShift = true;
          surrogate = 0;
          shiftOutStart = out.result();
          bits = 0;
          buffer = 0;
        }
        continue;
      }
      if (ch < 128) {
        out.pushUnit(ch);
        s++;
        continue;
      }
      startinpos = s;
      s++;
      s = errs.fail(startinpos, s, "unexpected special character");
    }
    if (inShift && final) {
      inShift = false;
      if (surrogate || bits >= 6 || (bits > 0 && buffer !== 0)) {
        surrogate = 0;
        s = errs.fail(startinpos, n, "unterminated shift sequence");
        if (s < n) continue;
      }
    }
    break;
  }
  if (!final && inShift) return [shiftOutStart, startinpos];
  return [out.result(), s];
}

// ---- charmap ----------------------------------------------------------------------------------

/** charmap_decode with a mapping (str decoding table or a lookup object). */
export function decodeCharmap(b: Uint8Array, errors: string, mapping: PyValue): string {
  if (mapping === None) return latin1String(b);
  const out = new StrWriter();
  const errs = new DecodeErrors(errors, "charmap", b, out);
  const table = strValue(mapping);
  const tableCps = table !== undefined ? codePoints(table) : null;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i];
    if (tableCps !== null) {
      const m = c < tableCps.length ? tableCps[c] : 0xfffe;
      if (m === 0xfffe) i = errs.fail(i, i + 1, "character maps to <undefined>");
      else {
        out.pushCodePoint(m);
        i++;
      }
      continue;
    }
    let v: PyValue | undefined;
    try {
      v = getItem(mapping, c);
    } catch (e) {
      if (!(e instanceof PyObject && isInstance(e, PyExc_LookupError))) throw e;
      v = undefined;
    }
    if (v === undefined || v === None) {
      i = errs.fail(i, i + 1, "character maps to <undefined>");
      continue;
    }
    const iv = intValue(v);
    if (iv !== undefined) {
      if (iv < 0 || iv > 0x10ffff) {
        throw pyError(PyExc_TypeError, "character mapping must be in range(0x110000)");
      }
      if (iv === 0xfffe) {
        i = errs.fail(i, i + 1, "character maps to <undefined>");
        continue;
      }
      out.pushCodePoint(Number(iv));
      i++;
      continue;
    }
    const sv = strValue(v);
    if (sv === undefined) {
      throw pyError(PyExc_TypeError, "character mapping must return integer, None or str");
    }
    if (sv === "\ufffe") {
      i = errs.fail(i, i + 1, "character maps to <undefined>");
      continue;
    }
    out.pushStr(sv);
    i++;
  }
  return out.result();
}

/** charmap_build's result for a decoding table starting with U+0000 (CPython's EncodingMap). */
export const encodingMapType: PyType = new PyType(typeType, "EncodingMap", [objectType]);
encodingMapType.isFinal = true;
export class EncodingMap extends PyObject {
  constructor(readonly map: Map<number, number>) {
    super(encodingMapType);
  }
}

/** charmap_build: the inverse of a decoding table. */
export function charmapBuild(table: string): PyValue {
  const cps = codePoints(table);
  if (cps.length > 0 && cps[0] === 0 && cps.every((c) => c <= 0xffff)) {
    const m = new Map<number, number>();
    cps.forEach((c, i) => {
      if (i < 256 && !m.has(c)) m.set(c, i);
    });
    return new EncodingMap(m);
  }
  const d = new PyDict();
  cps.forEach((c, i) => d.set(c, i));
  return d;
}

/** The bytes one character maps to, or undefined when unmapped. */
function charmapLookup(mapping: PyValue, c: number): Uint8Array | undefined {
  if (mapping instanceof EncodingMap) {
    const b = mapping.map.get(c);
    return b === undefined ? undefined : Uint8Array.of(b);
  }
  let v: PyValue;
  try {
    v = getItem(mapping, c);
  } catch (e) {
    if (e instanceof PyObject && isInstance(e, PyExc_LookupError)) return undefined;
    throw e;
  }
  if (v === None) return undefined;
  const iv = intValue(v);
  if (iv !== undefined) {
    if (iv < 0 || iv > 255) {
      throw pyError(PyExc_TypeError, "character mapping must be in range(256)");
    }
    return Uint8Array.of(Number(iv));
  }
  if (v instanceof PyBytes) return v.bytes;
  throw pyError(
    PyExc_TypeError,
    `character mapping must return integer, bytes or None, not ${typeOf(v).name}`,
  );
}

export function encodeCharmap(s: string, errors: string, mapping: PyValue): Uint8Array {
  if (mapping === None) return encodeCharset(s, errors, 256);
  const cps = codePoints(s);
  const w = new ByteWriter(s.length + 8);
  let i = 0;
  const n = cps.length;
  while (i < n) {
    const m = charmapLookup(mapping, cps[i]);
    if (m !== undefined) {
      w.pushBytes(m);
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && charmapLookup(mapping, cps[end]) === undefined) end++;
    const [exc, rep, pos] = encodeErrorCall(
      errors,
      "charmap",
      s,
      n,
      i,
      end,
      "character maps to <undefined>",
    );
    if (typeof rep === "string") {
      for (const c of codePoints(rep)) {
        const r = charmapLookup(mapping, c);
        if (r === undefined) throw exc;
        w.pushBytes(r);
      }
    } else w.pushBytes(rep);
    i = pos;
  }
  return w.result();
}

// ---- unicode_escape / raw_unicode_escape ------------------------------------------------------

export function encodeUnicodeEscape(s: string, raw: boolean): Uint8Array {
  const w = new ByteWriter(s.length + 8);
  for (const c of codePoints(s)) {
    if (raw) {
      if (c < 0x100) w.push(c);
      else w.pushAscii(c < 0x10000 ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8));
      continue;
    }
    if (c === 92) w.pushAscii("\\\\");
    else if (c === 9) w.pushAscii("\\t");
    else if (c === 10) w.pushAscii("\\n");
    else if (c === 13) w.pushAscii("\\r");
    else if (c >= 32 && c < 127) w.push(c);
    else w.pushAscii(backslashEscape(c));
  }
  return w.result();
}

const hexValue = (c: number) =>
  c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;

/** Where a decoder saw its first invalid escape: CPython's DeprecationWarning text. */
export interface InvalidEscape {
  message: string | null;
}

function noteInvalidEscape(invalid: InvalidEscape | undefined, b: Uint8Array, at: number) {
  if (invalid === undefined || invalid.message !== null) return;
  const c = b[at];
  invalid.message = c >= 0x34 && c <= 0x37
    ? `invalid octal escape sequence '\\${latin1String(b, at, Math.min(b.length, at + 3))}'`
    : `invalid escape sequence '\\${String.fromCharCode(c)}'`;
}

/** The code point a Unicode character name (or alias) stands for, -1 when unknown. */
function lookupCharacterName(ucd: PyValue, name: string): number {
  let v: PyValue;
  try {
    v = call(getAttr(ucd, "lookup"), [name], null);
  } catch (e) {
    if (e instanceof PyObject && isInstance(e, PyExc_KeyError)) return -1;
    throw e;
  }
  const cps = typeof v === "string" ? codePoints(v) : [];
  // Named sequences (several characters) are not valid in \N escapes.
  return cps.length === 1 ? cps[0] : -1;
}

export function decodeUnicodeEscape(
  b: Uint8Array,
  errors: string,
  final: boolean,
  invalid?: InvalidEscape,
): [string, number] {
  const out = new StrWriter();
  const errs = new DecodeErrors(errors, "unicodeescape", b, out);
  const n = b.length;
  let s = 0;
  while (s < n) {
    const c = b[s];
    if (c !== 92) {
      out.pushUnit(c);
      s++;
      continue;
    }
    const start = s;
    s++;
    if (s >= n) {
      if (!final) return [out.result(), start];
      s = errs.fail(start, n, "\\ at end of string");
      continue;
    }
    const e = b[s++];
    switch (e) {
      case 10:
        continue;
      case 92:
        out.pushUnit(92);
        continue;
      case 39:
        out.pushUnit(39);
        continue;
      case 34:
        out.pushUnit(34);
        continue;
      case 98:
        out.pushUnit(8);
        continue;
      case 102:
        out.pushUnit(12);
        continue;
      case 116:
        out.pushUnit(9);
        continue;
      case 110:
        out.pushUnit(10);
        continue;
      case 114:
        out.pushUnit(13);
        continue;
      case 118:
        out.pushUnit(11);
        continue;
      case 97:
        out.pushUnit(7);
        continue;
    }
    if (e >= 48 && e <= 55) {
      let v = e - 48;
      for (let k = 0; k < 2 && s < n && b[s] >= 48 && b[s] <= 55; k++) v = v * 8 + b[s++] - 48;
      if (v > 0o377) noteInvalidEscape(invalid, b, s - 3);
      out.pushCodePoint(v);
      continue;
    }
    let digits = 0;
    let what = "";
    if (e === 120) [digits, what] = [2, "truncated \\xXX escape"];
    else if (e === 117) [digits, what] = [4, "truncated \\uXXXX escape"];
    else if (e === 85) [digits, what] = [8, "truncated \\UXXXXXXXX escape"];
    else if (e === 78) {
      // \N{name}: looked up in unicodedata's name database (needed even to report errors).
      const ucd = unicodedataModule();
      if (ucd === undefined) {
        throw pyError(
          PyExc_UnicodeError,
          "\\N escapes not supported (can't load unicodedata module)",
        );
      }
      let message = "malformed \\N character escape";
      if (s < n && b[s] === 123) {
        const nameStart = ++s;
        while (s < n && b[s] !== 125) s++;
        if (s < n && s > nameStart) {
          const c = lookupCharacterName(ucd, latin1String(b, nameStart, s));
          s++;
          if (c >= 0) {
            out.pushCodePoint(c);
            continue;
          }
          message = "unknown Unicode character name";
        }
      }
      if (s >= n && !final) return [out.result(), start];
      s = errs.fail(start, s, message);
      continue;
    } else {
      // Unknown escapes stay as written (the caller warns).
      noteInvalidEscape(invalid, b, s - 1);
      out.pushUnit(92);
      out.pushUnit(e);
      continue;
    }
    let v = 0;
    let k = 0;
    for (; k < digits && s < n; k++, s++) {
      const h = hexValue(b[s]);
      if (h < 0) break;
      v = v * 16 + h;
    }
    if (k < digits) {
      if (s >= n && !final) return [out.result(), start];
      s = errs.fail(start, s, what);
      continue;
    }
    if (v > 0x10ffff) {
      s = errs.fail(start, s, "illegal Unicode character");
      continue;
    }
    out.pushCodePoint(v);
  }
  return [out.result(), n];
}

export function decodeRawUnicodeEscape(
  b: Uint8Array,
  errors: string,
  final: boolean,
): [string, number] {
  const out = new StrWriter();
  const errs = new DecodeErrors(errors, "rawunicodeescape", b, out);
  const n = b.length;
  let s = 0;
  while (s < n) {
    const c = b[s];
    if (c !== 92) {
      out.pushUnit(c);
      s++;
      continue;
    }
    // Only an odd run of backslashes before u/U starts an escape.
    let j = s;
    while (j < n && b[j] === 92) j++;
    const run = j - s;
    if (run % 2 === 0 || j >= n || (b[j] !== 117 && b[j] !== 85)) {
      if (j >= n && run % 2 === 1 && !final) {
        for (let k = 0; k < run - 1; k++) out.pushUnit(92);
        return [out.result(), j - 1];
      }
      for (let k = 0; k < run; k++) out.pushUnit(92);
      s = j;
      continue;
    }
    for (let k = 0; k < run - 1; k++) out.pushUnit(92);
    const start = j - 1;
    const digits = b[j] === 117 ? 4 : 8;
    s = j + 1;
    let v = 0;
    let k = 0;
    for (; k < digits && s < n; k++, s++) {
      const h = hexValue(b[s]);
      if (h < 0) break;
      v = v * 16 + h;
    }
    if (k < digits) {
      if (s >= n && !final) return [out.result(), start];
      s = errs.fail(
        start,
        s,
        digits === 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape",
      );
      continue;
    }
    if (v > 0x10ffff) {
      s = errs.fail(start, s, "\\Uxxxxxxxx out of range");
      continue;
    }
    out.pushCodePoint(v);
  }
  return [out.result(), n];
}

// ---- bytes escapes (escape_encode / escape_decode) --------------------------------------------

export function escapeEncode(b: Uint8Array): Uint8Array {
  const w = new ByteWriter(b.length + 8);
  for (const c of b) {
    if (c === 39 || c === 92) {
      w.push(92);
      w.push(c);
    } else if (c === 9) w.pushAscii("\\t");
    else if (c === 10) w.pushAscii("\\n");
    else if (c === 13) w.pushAscii("\\r");
    else if (c < 32 || c >= 127) w.pushAscii("\\x" + hex(c, 2));
    else w.push(c);
  }
  return w.result();
}

export function escapeDecode(
  b: Uint8Array,
  errors: string | null,
  invalid?: InvalidEscape,
): Uint8Array {
  const w = new ByteWriter(b.length);
  const n = b.length;
  let s = 0;
  while (s < n) {
    const c = b[s++];
    if (c !== 92) {
      w.push(c);
      continue;
    }
    if (s >= n) throw pyError(PyExc_ValueError, "Trailing \\ in string");
    const e = b[s++];
    switch (e) {
      case 10:
        break;
      case 92:
        w.push(92);
        break;
      case 39:
        w.push(39);
        break;
      case 34:
        w.push(34);
        break;
      case 98:
        w.push(8);
        break;
      case 102:
        w.push(12);
        break;
      case 116:
        w.push(9);
        break;
      case 110:
        w.push(10);
        break;
      case 114:
        w.push(13);
        break;
      case 118:
        w.push(11);
        break;
      case 97:
        w.push(7);
        break;
      case 120: {
        if (s + 1 < n) {
          const d1 = hexValue(b[s]), d2 = hexValue(b[s + 1]);
          if (d1 >= 0 && d2 >= 0) {
            w.push(d1 * 16 + d2);
            s += 2;
            break;
          }
        }
        if (errors === null || errors === "strict") {
          throw pyError(PyExc_ValueError, `invalid \\x escape at position ${s - 2}`);
        }
        if (errors === "replace") w.push(63);
        else if (errors !== "ignore") {
          throw pyError(
            PyExc_ValueError,
            `decoding error; unknown error handling code: ${errors}`,
          );
        }
        if (s < n && hexValue(b[s]) >= 0) s++;
        break;
      }
      default:
        if (e >= 48 && e <= 55) {
          let v = e - 48;
          for (let k = 0; k < 2 && s < n && b[s] >= 48 && b[s] <= 55; k++) {
            v = v * 8 + b[s++] - 48;
          }
          if (v > 0o377) noteInvalidEscape(invalid, b, s - 3);
          w.push(v & 0xff);
        } else {
          noteInvalidEscape(invalid, b, s - 1);
          w.push(92);
          w.push(e);
        }
    }
  }
  return w.result();
}

// ---- Names and the str.encode / bytes.decode entry points --------------------------------------

/** CPython's _Py_normalize_encoding: lower case, punctuation runs (but '.') become '_'. */
export function normalizeEncodingName(name: string): string {
  let out = "";
  let punct = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    const c = name.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum || ch === ".") {
      if (punct && out !== "") out += "_";
      punct = false;
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : ch;
    } else punct = true;
  }
  return out;
}

/** The builtin codec str.encode/bytes.decode use without the registry, or null. */
function fastCodec(encoding: string): string | null {
  const e = encoding === "utf-8" ? "utf_8" : normalizeEncodingName(encoding);
  switch (e) {
    case "utf_8":
    case "utf8":
      return "utf-8";
    case "utf_16":
    case "utf16":
      return "utf-16";
    case "utf_32":
    case "utf32":
      return "utf-32";
    case "ascii":
    case "us_ascii":
      return "ascii";
    case "latin1":
    case "latin_1":
    case "iso_8859_1":
    case "iso8859_1":
      return "latin-1";
  }
  return null;
}

/** Imports `encodings` once, then asks the search functions (cached) for a CodecInfo. */
export function lookupCodec(encoding: string): PyValue {
  const st = codecState();
  // CPython's PyImport_ImportModule("encodings"), once per interpreter.
  if (!st.initialized) {
    st.initialized = true;
    try {
      st.importModule("encodings");
    } catch (e) {
      // Without the Lib there are only the search functions registered by hand.
      if (!(e instanceof PyObject && e.cls.name === "ModuleNotFoundError")) throw e;
    }
  }
  const key = normalizeEncodingName(encoding);
  const cached = st.cache.get(key);
  if (cached !== undefined) return cached;
  for (const search of st.searchPath) {
    const r = call(search, [key], null);
    if (r === None) continue;
    if (!(r instanceof PyTuple) || r.items.length !== 4) {
      throw pyError(PyExc_TypeError, "codec search functions must return 4-tuples");
    }
    st.cache.set(key, r);
    return r;
  }
  throw pyError(PyExc_LookupError, `unknown encoding: ${encoding}`);
}

function isTextEncoding(info: PyValue, encoding: string, what: string): void {
  const flag = getAttrSafe(info, "_is_text_encoding");
  if (flag !== undefined && flag === false) {
    throw pyError(
      PyExc_LookupError,
      `'${encoding}' is not a text encoding; use codecs.${what}() to handle arbitrary codecs`,
    );
  }
}

function getAttrSafe(v: PyValue, name: string): PyValue | undefined {
  if (!(v instanceof PyObject) || v.dict === null) return undefined;
  return v.dict.getStr(name);
}

function resultPair(r: PyValue, what: string): PyValue {
  if (!(r instanceof PyTuple) || r.items.length !== 2) {
    throw pyError(PyExc_TypeError, `${what} must return a tuple (object, integer)`);
  }
  return r.items[0];
}

/**
 * CPython's wrap_codec_error (_PyErr_TrySetFromCause): an exception a codec raised, when it is
 * a plain exception carrying at most one str, becomes one of the same type whose message names
 * the operation and codec, caused by the original.
 */
function wrapCodecError(e: unknown, operation: string, encoding: string): unknown {
  if (!(e instanceof PyBaseException)) return e;
  // Only BaseException's layout (UnicodeError itself has it in CPython; its subclasses don't).
  const proto = Object.getPrototypeOf(e);
  const plainLayout = proto === PyBaseException.prototype ||
    (proto === PyUnicodeError.prototype && !isEncodeErr(e as PyUnicodeError) &&
      !isDecodeErr(e as PyUnicodeError) && !isTranslateErr(e as PyUnicodeError));
  if (!plainLayout) return e;
  const cls = e.cls;
  if (
    lookupType(cls, "__init__") !== lookupType(PyExc_BaseException, "__init__") ||
    lookupType(cls, "__new__") !== lookupType(PyExc_BaseException, "__new__")
  ) return e;
  const args = e.args.items;
  if (args.length > 1 || (args.length === 1 && typeof args[0] !== "string")) return e;
  if (e.dict !== null && e.dict.size > 0) return e;
  const wrapped = newException(cls, [
    `${operation} with '${encoding}' codec failed (${cls.name}: ${str(e)})`,
  ]);
  wrapped.cause = e;
  wrapped.suppressContext = true;
  return wrapped;
}

/** Calls a codec's encoder or decoder, wrapping what it raises as CPython does. */
function callCodec(
  fn: PyValue,
  obj: PyValue,
  errors: string,
  operation: string,
  encoding: string,
): PyValue {
  try {
    return call(fn, [obj, errors], null);
  } catch (e) {
    throw wrapCodecError(e, operation, encoding);
  }
}

/** codecs.encode / _codecs.encode: through the registry, any result type. */
export function codecEncode(obj: PyValue, encoding: string, errors: string): PyValue {
  const info = lookupCodec(encoding) as PyTuple;
  return resultPair(callCodec(info.items[0], obj, errors, "encoding", encoding), "encoder");
}

export function codecDecode(obj: PyValue, encoding: string, errors: string): PyValue {
  const info = lookupCodec(encoding) as PyTuple;
  return resultPair(callCodec(info.items[1], obj, errors, "decoding", encoding), "decoder");
}

/** str.encode(encoding, errors). */
export function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  switch (fastCodec(encoding)) {
    case "utf-8":
      return encodeUtf8(s, errors);
    case "ascii":
      return encodeCharset(s, errors, 128);
    case "latin-1":
      return encodeCharset(s, errors, 256);
    case "utf-16":
      return encodeUtf16(s, errors, 0);
    case "utf-32":
      return encodeUtf32(s, errors, 0);
  }
  const info = lookupCodec(encoding) as PyTuple;
  isTextEncoding(info, encoding, "encode");
  const v = resultPair(callCodec(info.items[0], s, errors, "encoding", encoding), "encoder");
  if (v instanceof PyBytes) return v.bytes;
  const ba = v instanceof PyObject && v.cls.name === "bytearray"
    ? Uint8Array.from((v as unknown as { data: number[] }).data)
    : undefined;
  if (ba !== undefined) return ba;
  throw pyError(
    PyExc_TypeError,
    `'${encoding}' encoder returned '${
      typeOf(v).name
    }' instead of 'bytes'; use codecs.encode() to encode to arbitrary types`,
  );
}

/** bytes.decode(encoding, errors) and str(b, encoding, errors). */
export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  switch (fastCodec(encoding)) {
    case "utf-8":
      return decodeUtf8(b, errors)[0];
    case "ascii":
      return decodeAscii(b, errors);
    case "latin-1":
      return latin1String(b);
    case "utf-16":
      return decodeUtf16(b, errors, 0, true)[0];
    case "utf-32":
      return decodeUtf32(b, errors, 0, true)[0];
  }
  const info = lookupCodec(encoding) as PyTuple;
  isTextEncoding(info, encoding, "decode");
  const v = resultPair(
    callCodec(info.items[1], new PyBytes(b), errors, "decoding", encoding),
    "decoder",
  );
  const s = strValue(v);
  if (s !== undefined) return s;
  throw pyError(
    PyExc_TypeError,
    `'${encoding}' decoder returned '${
      typeOf(v).name
    }' instead of 'str'; use codecs.decode() to decode to arbitrary types`,
  );
}

export { fromCodePoints };
