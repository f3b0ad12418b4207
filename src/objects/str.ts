// str: Python strings are JS strings (UTF-16). Python counts code points, so lengths, indices
// and slices convert when a string holds surrogate pairs; strings without surrogates (nearly
// all) take the direct path. CPython's Objects/unicodeobject.c.
import { checkAllocation, checkRepeat } from "./allocation.ts";
import {
  badArgName,
  bindArgs,
  checkArgs,
  defineMethods,
  defineNew,
  PyBuiltinFunction,
  PyMethodDescriptor,
  requireArgs,
} from "./builtin_function.ts";
import {
  None,
  NotImplemented,
  objectType,
  PyObject,
  PyType,
  type PyValue,
  strType,
  typeOf,
  typeType,
} from "./object.ts";
import {
  pyError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  stopIteration,
} from "./exceptions.ts";
import { asIndex, getItem, getIter, iterNext, lookupSpecial, str, strCmp } from "./abstract.ts";
import { CompareOp } from "../compiler/opcodes.ts";
import { makeTuple, PyTuple } from "./tuple.ts";
import { PyList } from "./list.ts";
import { PyDict } from "./object.ts";
import { PySlice, sliceIndices } from "./slice.ts";
import { formatStrWithSpec, percentFormat, strFormat } from "./str_format.ts";
import { compareNumbers, intValue } from "./int.ts";
import { bytesOfQuiet, PyBytes } from "./bytes.ts";
import { exhaustedReduce, iterReduce, stateIndex } from "./iterobject.ts";

/** Instances of str subclasses: the value boxed with the subclass. */
export class PyStr extends PyObject {
  constructor(readonly value: string, cls: PyType) {
    super(cls);
  }
}
strType.allocate = (cls) => new PyStr("", cls);

/** The string value of a str or str-subclass instance; undefined for anything else. */
export function strValue(v: PyValue): string | undefined {
  if (typeof v === "string") return v;
  if (v instanceof PyStr) return v.value;
  return undefined;
}

// ---- Code points ------------------------------------------------------------------------------

const SURROGATE = /[\ud800-\udfff]/;
let lastChecked = "";
let lastHasSurrogates = false;

/** Whether s has surrogate code units (then code points != UTF-16 units); memoized for one string. */
export function hasSurrogates(s: string): boolean {
  if (s === lastChecked) return lastHasSurrogates;
  const r = s.length > 0 && SURROGATE.test(s);
  if (s.length > 32) {
    lastChecked = s;
    lastHasSurrogates = r;
  }
  return r;
}

/** len(s) in code points. */
export function cpLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
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

let lastCpSource = "";
let lastCpArray: string[] = [];

/**
 * The code points of s as an array of one-code-point strings (memoized for the last long
 * string, so indexing in a loop over a string with astral characters stays linear). Callers
 * must not mutate the result.
 */
export function codePoints(s: string): string[] {
  if (s.length < 64) return Array.from(s);
  if (s !== lastCpSource) {
    lastCpArray = Array.from(s);
    lastCpSource = s;
  }
  return lastCpArray;
}

/** s[start:stop] in code points (non-negative, clamped indices). */
export function cpSlice(s: string, start: number, stop?: number): string {
  if (!hasSurrogates(s)) return s.slice(start, stop);
  return codePoints(s).slice(start, stop).join("");
}

/** UTF-16 offset -> code point index. */
function unitToCp(s: string, unit: number): number {
  if (!hasSurrogates(s)) return unit;
  return cpLength(s.slice(0, unit));
}

export function strGetItem(s: string, key: PyValue): string {
  if (typeof key === "number") {
    if (!hasSurrogates(s)) {
      const i = key < 0 ? key + s.length : key;
      if (i >= 0 && i < s.length) return s[i];
      throw pyError(PyExc_IndexError, "string index out of range");
    }
    const cps = codePoints(s);
    const i = key < 0 ? key + cps.length : key;
    if (i >= 0 && i < cps.length) return cps[i];
    throw pyError(PyExc_IndexError, "string index out of range");
  }
  if (key instanceof PySlice) {
    const sur = hasSurrogates(s);
    const cps = sur ? codePoints(s) : null;
    const len = cps === null ? s.length : cps.length;
    const [start, stop, step, n] = sliceIndices(key, len);
    if (step === 1) return cps === null ? s.slice(start, stop) : cps.slice(start, stop).join("");
    let out = "";
    for (let i = 0, j = start; i < n; i++, j += step) out += cps === null ? s[j] : cps[j];
    return out;
  }
  if (
    typeof key === "boolean" || typeof key === "bigint" ||
    lookupSpecial(key, "__index__") !== undefined
  ) {
    const i = asIndex(key);
    if (typeof i === "bigint") {
      throw pyError(PyExc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    return strGetItem(s, i);
  }
  throw pyError(PyExc_TypeError, `string indices must be integers, not '${typeOf(key).name}'`);
}

// ---- repr, hash --------------------------------------------------------------------------------

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function isPrintableChar(ch: string): boolean {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

/** repr(str): CPython's quote choice and escapes. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  let simple = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x7f || c === 0x5c || c === quote.charCodeAt(0) || c >= 0x80) {
      simple = false;
      break;
    }
  }
  if (simple) return quote + s + quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x7f) out += ch;
    else if (isPrintableChar(ch)) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out + quote;
}

/** A deterministic string hash (CPython randomizes; programs must not depend on the value). */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Spread to a wider range; -1 is reserved in CPython.
  const r = h * 4093 + s.length;
  return r === -1 ? -2 : r;
}

export function formatStr(s: string, spec: string): string {
  return formatStrWithSpec(s, spec);
}

// ---- Iterators -------------------------------------------------------------------------------

export const strAsciiIteratorType: PyType = new PyType(typeType, "str_ascii_iterator", [
  objectType,
]);
export const strIteratorType: PyType = new PyType(typeType, "str_iterator", [objectType]);

export class StrIterator extends PyObject {
  /** A UTF-16 offset into s (CPython's index counts code points: see __reduce__). */
  index = 0;
  /** CPython drops the string once the iterator is exhausted (its pickled form then differs). */
  exhausted = false;
  constructor(readonly s: string) {
    // deno-lint-ignore no-control-regex
    super(/^[\x00-\x7f]*$/.test(s) ? strAsciiIteratorType : strIteratorType);
  }
}
const strIterNext = (o: PyObject): PyValue | undefined => {
  const it = o as StrIterator;
  const s = it.s;
  const i = it.index;
  if (i >= s.length) {
    it.exhausted = true;
    return undefined;
  }
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      it.index = i + 2;
      return s.slice(i, i + 2);
    }
  }
  it.index = i + 1;
  return s[i];
};
for (const t of [strAsciiIteratorType, strIteratorType]) {
  t.tp_iternext = strIterNext;
  defineMethods(t, {
    __iter__: (args) => args[0],
    __next__(args) {
      const v = strIterNext(args[0] as PyObject);
      if (v === undefined) throw stopIterationHook();
      return v;
    },
    __length_hint__(args) {
      const it = args[0] as StrIterator;
      return cpLength(it.s.slice(it.index));
    },
    __reduce__(args) {
      const it = args[0] as StrIterator;
      if (it.exhausted) return exhaustedReduce("");
      return iterReduce(
        it.s,
        t === strAsciiIteratorType ? it.index : cpLength(it.s.slice(0, it.index)),
      );
    },
    __setstate__(args) {
      const it = args[0] as StrIterator;
      const index = stateIndex(args[1]);
      if (!it.exhausted) {
        const s = it.s;
        if (t === strAsciiIteratorType) {
          it.index = index < 0 ? 0 : index > s.length ? s.length : index;
        } else {
          // Walk code points to the UTF-16 offset of code point `index` (clamped to the end).
          let offset = 0;
          for (let k = 0; k < index && offset < s.length; k++) {
            const c = s.charCodeAt(offset);
            offset += c >= 0xd800 && c <= 0xdbff && offset + 1 < s.length &&
                (s.charCodeAt(offset + 1) & 0xfc00) === 0xdc00
              ? 2
              : 1;
          }
          it.index = offset;
        }
      }
      return None;
    },
  });
}

const stopIterationHook = () => stopIteration(None);

// ---- Helpers for methods ---------------------------------------------------------------------

/** self as a JS string (str or subclass instance). */
const sv = (v: PyValue): string => typeof v === "string" ? v : (v as PyStr).value;

function argStr(v: PyValue, fname: string, pos = 1): string {
  const s = strValue(v);
  if (s === undefined) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() argument ${pos} must be str, not ${typeOf(v).name}`,
    );
  }
  return s;
}

function mustStr(v: PyValue, what: string): string {
  const s = strValue(v);
  if (s === undefined) {
    const t = v === None ? "None" : typeOf(v).name;
    throw pyError(PyExc_TypeError, `${what}${what ? " " : ""}must be str, not ${t}`);
  }
  return s;
}

/** Argument count check in the wording of CPython's older str methods (find, count, ...). */
function oldStyleArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `${fname}() takes no keyword arguments`);
  }
  const n = args.length - 1;
  if (n < min) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes at least ${min} argument${min === 1 ? "" : "s"} (${n} given)`,
    );
  }
  if (n > max) {
    throw pyError(PyExc_TypeError, `${fname}() takes at most ${max} arguments (${n} given)`);
  }
}

/** Normalizes optional start/end (slice semantics, None allowed) to code point bounds. */
function bounds(
  len: number,
  start: PyValue | undefined,
  end: PyValue | undefined,
): [number, number] {
  let s = start === undefined || start === None ? 0 : Number(asIndex(start, sliceIdxMsg));
  let e = end === undefined || end === None ? len : Number(asIndex(end, sliceIdxMsg));
  if (s < 0) s = Math.max(0, s + len);
  if (e < 0) e = Math.max(0, e + len);
  if (e > len) e = len;
  return [s, e];
}
const sliceIdxMsg = () => "slice indices must be integers or None or have an __index__ method";

/** The substring for find-style methods and the code point offset it starts at. */
function window(s: string, start?: PyValue, end?: PyValue): [string, number, boolean] {
  const len = cpLength(s);
  const [a, b] = bounds(len, start, end);
  if (a > len || a > b) return ["", a, false];
  return [cpSlice(s, a, b), a, true];
}

function findIn(s: string, sub: string, start?: PyValue, end?: PyValue, reverse = false): number {
  const [w, off, ok] = window(s, start, end);
  if (!ok) return -1;
  const i = reverse ? w.lastIndexOf(sub) : w.indexOf(sub);
  if (i < 0) return -1;
  return off + unitToCp(w, i);
}

/** Python whitespace (str.isspace / split()). */
// deno-lint-ignore no-control-regex
const PY_SPACE = /^[\s\x1c-\x1f\x85]$/u;
function isSpaceChar(ch: string): boolean {
  if (ch === "\ufeff") return false;
  return PY_SPACE.test(ch);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpaceChar(s[i])) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(i));
      return out;
    }
    let j = i;
    while (j < n && !isSpaceChar(s[j])) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpaceChar(s[i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(s.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpaceChar(s[j - 1])) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function stripChars(
  s: string,
  chars: PyValue | undefined,
  left: boolean,
  right: boolean,
  fname: string,
): string {
  if (chars === undefined || chars === None) {
    let a = 0, b = s.length;
    if (left) { while (a < b && isSpaceChar(s[a])) a++; }
    if (right) { while (b > a && isSpaceChar(s[b - 1])) b--; }
    return s.slice(a, b);
  }
  const set = new Set(codePoints(mustStrArg(chars, fname)));
  const cps = codePoints(s);
  let a = 0, b = cps.length;
  if (left) { while (a < b && set.has(cps[a])) a++; }
  if (right) { while (b > a && set.has(cps[b - 1])) b--; }
  return cps.slice(a, b).join("");
}

function mustStrArg(v: PyValue, fname: string): string {
  const s = strValue(v);
  if (s === undefined) {
    throw pyError(PyExc_TypeError, `${fname} arg must be None or str`);
  }
  return s;
}

// deno-lint-ignore no-control-regex
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

export function splitLines(s: string, keepends: boolean): string[] {
  const out: string[] = [];
  let last = 0;
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(s); m !== null; m = LINE_BREAK.exec(s)) {
    out.push(s.slice(last, keepends ? m.index + m[0].length : m.index));
    last = m.index + m[0].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}

const isCased = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const TITLECASE = /^\p{Lt}$/u;
const isUpperCh = (ch: string) => /^\p{Uppercase}$/u.test(ch);
const isLowerCh = (ch: string) => /^\p{Lowercase}$/u.test(ch);

function titleCase(s: string): string {
  let out = "";
  let prevCased = false;
  for (const ch of s) {
    if (prevCased) out += ch.toLowerCase();
    else out += titleChar(ch);
    prevCased = isCased(ch);
  }
  return out;
}
/** Titlecase mappings that differ from uppercase (UnicodeData + SpecialCasing). */
const TITLE_SPECIAL: Record<string, string> = {
  "\u01c4": "\u01c5",
  "\u01c5": "\u01c5",
  "\u01c6": "\u01c5",
  "\u01c7": "\u01c8",
  "\u01c8": "\u01c8",
  "\u01c9": "\u01c8",
  "\u01ca": "\u01cb",
  "\u01cb": "\u01cb",
  "\u01cc": "\u01cb",
  "\u01f1": "\u01f2",
  "\u01f2": "\u01f2",
  "\u01f3": "\u01f2",
  "\u00df": "Ss",
  "\ufb00": "Ff",
  "\ufb01": "Fi",
  "\ufb02": "Fl",
  "\ufb03": "Ffi",
  "\ufb04": "Ffl",
  "\ufb05": "St",
  "\ufb06": "St",
  "\u0149": "\u02bcN",
  "\u01f0": "J\u030c",
  "\u0587": "\u0535\u0582",
};
function titleChar(ch: string): string {
  const t = TITLE_SPECIAL[ch];
  if (t !== undefined) return t;
  const u = ch.toUpperCase();
  return u.length === 1 ? u : u[0] + u.slice(1).toLowerCase();
}

const DECIMAL = /^\p{Nd}$/u;
const DIGIT =
  /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]$/u;
const NUMERIC =
  /^[\p{Nd}\p{Nl}\p{No}\u3007\u3405\u3483\u382a\u3b4d\u4e00\u4e03\u4e07\u4e09\u4e5d\u4e8c\u4e94\u4e96\u516b\u516d\u5341\u5343\u5344\u5345\u56db\u58f1\u58f9\u5e7a\u5efe\u5eff\u5f0c-\u5f0e\u5f10\u62fe\u634c\u67d2\u6f06\u7396\u767e\u8086\u842c\u8cae\u8cb3\u8d30\u9621\u9646\u964c\u9678\u96f6]$/u;
const ALPHA = /^[\p{L}]$/u;

function allChars(s: string, pred: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch)) return false;
  return true;
}

export function isIdentifier(s: string): boolean {
  // CPython tests the characters as they are (no NFKC): XID_Start or "_", then XID_Continue,
  // less the four characters Unicode 15.1 added to XID_Continue (3.11 has Unicode 14.0).
  return /^[\p{XID_Start}_](?:(?![\u200c\u200d\u30fb\uff65])\p{XID_Continue})*$/u.test(s);
}

function joinStrs(sep: string, iterable: PyValue): string {
  const parts: string[] = [];
  const collect = (x: PyValue, i: number) => {
    const s = strValue(x);
    if (s === undefined) {
      throw pyError(
        PyExc_TypeError,
        `sequence item ${i}: expected str instance, ${typeOf(x).name} found`,
      );
    }
    parts.push(s);
  };
  if (iterable instanceof PyList || iterable instanceof PyTuple) {
    iterable.items.forEach(collect);
  } else {
    if (
      lookupSpecial(iterable, "__iter__") === undefined &&
      lookupSpecial(iterable, "__getitem__") === undefined
    ) {
      throw pyError(PyExc_TypeError, "can only join an iterable");
    }
    const it = getIter(iterable);
    let i = 0;
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) collect(x, i++);
  }
  let length = sep.length * Math.max(0, parts.length - 1);
  for (const p of parts) length += p.length;
  checkAllocation(length * 2);
  return parts.join(sep);
}

// str.encode / bytes.decode: the codecs live in unicode_codecs.ts (fast paths for utf-8, ascii,
// latin-1, utf-16, utf-32; any other name goes through the codec registry, as in CPython).
import { decodeBytes, encodeStr } from "./unicode_codecs.ts";
export { decodeBytes, encodeStr };

// ---- The str type -------------------------------------------------------------------------------

/** str()'s `encoding`/`errors`: Argument Clinic's `str(accept={str})` converter. */
function strArgument(v: PyValue, name: string): string {
  const text = strValue(v);
  if (text === undefined) {
    throw pyError(PyExc_TypeError, `str() argument '${name}' must be str, not ${badArgName(v)}`);
  }
  if (text.includes("\0")) throw pyError(PyExc_ValueError, "embedded null character");
  return text;
}

defineNew(strType, (cls, args, kwnames) => {
  const [obj, encodingArg, errorsArg] = bindArgs("str", args, kwnames, [
    "object",
    "encoding",
    "errors",
  ]);
  const encoding = encodingArg === undefined ? undefined : strArgument(encodingArg, "encoding");
  const errors = errorsArg === undefined ? undefined : strArgument(errorsArg, "errors");
  let s: string;
  if (obj === undefined) s = "";
  else if (encoding === undefined && errors === undefined) s = str(obj);
  else {
    const raw = obj instanceof PyBytes ? obj.bytes : bytesOfQuiet(obj);
    if (raw === undefined) {
      if (typeof obj === "string") throw pyError(PyExc_TypeError, "decoding str is not supported");
      throw pyError(
        PyExc_TypeError,
        `decoding to str: need a bytes-like object, ${typeOf(obj).name} found`,
      );
    }
    s = decodeBytes(
      raw,
      encoding ?? "utf-8",
      errors ?? "strict",
    );
  }
  return cls === strType ? s : new PyStr(s, cls);
});

function strCompare(op: CompareOp) {
  return (args: PyValue[]) => {
    const b = strValue(args[1]);
    if (b === undefined) return NotImplemented;
    const c = strCmp(sv(args[0]), b);
    return compareNumbers(c, 0, op);
  };
}

function repeatStr(s: string, n: PyValue): PyValue {
  const count = intValue(n);
  if (count === undefined) {
    if (lookupSpecial(n, "__index__") === undefined) return NotImplemented;
    return repeatStr(s, asIndex(n));
  }
  // The count is a Py_ssize_t even for an empty string; a length past that is an
  // OverflowError, a string past what V8 holds (below that) a MemoryError.
  if (typeof count === "bigint" && (count >= 2n ** 63n || count < -(2n ** 63n))) {
    throw pyError(PyExc_OverflowError, "cannot fit 'int' into an index-sized integer");
  }
  if (count <= 0 || s.length === 0) return "";
  const times = Number(count);
  if (times * s.length >= 2 ** 63 && times * cpLength(s) >= 2 ** 63) {
    throw pyError(PyExc_OverflowError, "repeated string is too long");
  }
  checkRepeat(s.length, times, 2);
  return s.repeat(times);
}

function prefixTest(fname: string, end: boolean) {
  return (args: PyValue[], kw: readonly string[] | null) => {
    oldStyleArgs(fname, args, kw, 1, 3);
    const s = sv(args[0]);
    const [w, , ok] = window(s, args[2], args[3]);
    const prefix = args[1];
    const test = (p: string) => ok && (end ? w.endsWith(p) : w.startsWith(p));
    if (prefix instanceof PyTuple) {
      for (const p of prefix.items) {
        const ps = strValue(p);
        if (ps === undefined) {
          throw pyError(
            PyExc_TypeError,
            `tuple for ${fname} must only contain str, not ${typeOf(p).name}`,
          );
        }
        if (test(ps)) return true;
      }
      return false;
    }
    const ps = strValue(prefix);
    if (ps === undefined) {
      throw pyError(
        PyExc_TypeError,
        `${fname} first arg must be str or a tuple of str, not ${typeOf(prefix).name}`,
      );
    }
    if (!ok) return false;
    return test(ps);
  };
}

/** A width argument, converted as CPython's "n" format (Py_ssize_t) converts it. */
function widthArg(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === "bigint" && (n >= 2n ** 63n || n < -(2n ** 63n))) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(n);
}

function justify(fname: string, kind: "l" | "r" | "c") {
  return (args: PyValue[], kwnames: readonly string[] | null) => {
    checkArgs(fname, args, kwnames, 1, 2, 1);
    const s = sv(args[0]);
    const width = widthArg(args[1]);
    let fill = " ";
    if (args[2] !== undefined) {
      const f = strValue(args[2]);
      if (f === undefined) {
        throw pyError(
          PyExc_TypeError,
          `${fname}() argument 2 must be str, not ${typeOf(args[2]).name}`,
        );
      }
      if (cpLength(f) !== 1) {
        throw pyError(PyExc_TypeError, "The fill character must be exactly one character long");
      }
      fill = f;
    }
    const n = width - cpLength(s);
    if (n <= 0) return s;
    if (kind === "l") return s + fill.repeat(n);
    if (kind === "r") return fill.repeat(n) + s;
    // CPython's center puts the extra fill on the left when n and width are both odd.
    const left = Math.floor(n / 2) + (n & width & 1);
    return fill.repeat(left) + s + fill.repeat(n - left);
  };
}

function splitMethod(fname: string, reverse: boolean) {
  return (args: PyValue[], kwnames: readonly string[] | null) => {
    const [sepArg, maxArg] = bindArgs(fname, args, kwnames, ["sep", "maxsplit"], 0, 1);
    const s = sv(args[0]);
    const maxsplit = maxArg === undefined ? -1 : Number(asIndex(maxArg));
    let parts: string[];
    if (sepArg === undefined || sepArg === None) {
      parts = reverse ? rsplitWhitespace(s, maxsplit) : splitWhitespace(s, maxsplit);
    } else {
      const sep = strValue(sepArg);
      if (sep === undefined) {
        throw pyError(PyExc_TypeError, `must be str or None, not ${typeOf(sepArg).name}`);
      }
      if (sep === "") throw pyError(PyExc_ValueError, "empty separator");
      if (maxsplit < 0) parts = s.split(sep);
      else if (!reverse) {
        parts = [];
        let rest = s;
        while (parts.length < maxsplit) {
          const i = rest.indexOf(sep);
          if (i < 0) break;
          parts.push(rest.slice(0, i));
          rest = rest.slice(i + sep.length);
        }
        parts.push(rest);
      } else {
        parts = [];
        let rest = s;
        while (parts.length < maxsplit) {
          const i = rest.lastIndexOf(sep);
          if (i < 0) break;
          parts.push(rest.slice(i + sep.length));
          rest = rest.slice(0, i);
        }
        parts.push(rest);
        parts.reverse();
      }
    }
    return new PyList(parts);
  };
}

function countSub(s: string, sub: string, start?: PyValue, end?: PyValue): number {
  const [w, , ok] = window(s, start, end);
  if (!ok) return 0;
  if (sub === "") return cpLength(w) + 1;
  let n = 0;
  for (let i = w.indexOf(sub); i >= 0; i = w.indexOf(sub, i + sub.length)) n++;
  return n;
}

function expandTabs(s: string, tabsize: number): string {
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

function translateStr(s: string, table: PyValue): string {
  let out = "";
  for (const ch of s) {
    let v: PyValue;
    try {
      v = getItem(table, ch.codePointAt(0)!);
    } catch (e) {
      if (
        e instanceof PyObject &&
        (e.cls.name === "KeyError" || e.cls.name === "IndexError" ||
          e.cls.mro.some((t) => t.name === "LookupError"))
      ) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (v === None) continue;
    const i = intValue(v);
    if (i !== undefined) out += String.fromCodePoint(Number(i));
    else {
      const t = strValue(v);
      if (t === undefined) {
        throw pyError(PyExc_TypeError, "character mapping must return integer, None or str");
      }
      out += t;
    }
  }
  return out;
}

defineMethods(strType, {
  __len__: (args) => cpLength(sv(args[0])),
  __getitem__: (args) => strGetItem(sv(args[0]), args[1]),
  __contains__(args) {
    const sub = strValue(args[1]);
    if (sub === undefined) {
      throw pyError(
        PyExc_TypeError,
        `'in <string>' requires string as left operand, not ${typeOf(args[1]).name}`,
      );
    }
    return sv(args[0]).includes(sub);
  },
  __iter__: (args) => new StrIterator(sv(args[0])),
  __add__(args) {
    const b = strValue(args[1]);
    if (b === undefined) {
      throw pyError(
        PyExc_TypeError,
        `can only concatenate str (not "${typeOf(args[1]).name}") to str`,
      );
    }
    return sv(args[0]) + b;
  },
  __mul__: (args) => repeatStr(sv(args[0]), args[1]),
  __rmul__: (args) => repeatStr(sv(args[0]), args[1]),
  __mod__: (args) => percentFormat(sv(args[0]), args[1]),
  __rmod__: () => NotImplemented,
  __eq__: strCompare(CompareOp.EQ),
  __ne__: strCompare(CompareOp.NE),
  __lt__: strCompare(CompareOp.LT),
  __le__: strCompare(CompareOp.LE),
  __gt__: strCompare(CompareOp.GT),
  __ge__: strCompare(CompareOp.GE),
  __hash__: (args) => strHash(sv(args[0])),
  __repr__: (args) => strRepr(sv(args[0])),
  __str__: (args) => sv(args[0]),
  __format__(args) {
    const spec = strValue(args[1]);
    if (spec === undefined) {
      throw pyError(
        PyExc_TypeError,
        `format() argument 2 must be str, not ${typeOf(args[1]).name}`,
      );
    }
    return spec === "" ? str(args[0]) : formatStrWithSpec(sv(args[0]), spec);
  },
  __getnewargs__: (args) => makeTuple([sv(args[0])]),
  __sizeof__: (args) => 49 + sv(args[0]).length,
  upper: (args) => sv(args[0]).toUpperCase(),
  lower: (args) => sv(args[0]).toLowerCase(),
  casefold: (args) => sv(args[0]).toUpperCase().toLowerCase(),
  swapcase(args) {
    let out = "";
    for (const ch of sv(args[0])) {
      out += isUpperCh(ch) ? ch.toLowerCase() : isLowerCh(ch) ? ch.toUpperCase() : ch;
    }
    return out;
  },
  capitalize(args) {
    const cps = codePoints(sv(args[0]));
    if (cps.length === 0) return "";
    return titleChar(cps[0]) + cps.slice(1).join("").toLowerCase();
  },
  title: (args) => titleCase(sv(args[0])),
  strip: (args, kw) => {
    checkArgs("strip", args, kw, 0, 1, 1);
    return stripChars(sv(args[0]), args[1], true, true, "strip");
  },
  lstrip: (args, kw) => {
    checkArgs("lstrip", args, kw, 0, 1, 1);
    return stripChars(sv(args[0]), args[1], true, false, "lstrip");
  },
  rstrip: (args, kw) => {
    checkArgs("rstrip", args, kw, 0, 1, 1);
    return stripChars(sv(args[0]), args[1], false, true, "rstrip");
  },
  split: splitMethod("split", false),
  rsplit: splitMethod("rsplit", true),
  splitlines(args, kwnames) {
    const [keep] = bindArgs("splitlines", args, kwnames, ["keepends"], 0, 1);
    return new PyList(splitLines(sv(args[0]), keep !== undefined && keep !== false && keep !== 0));
  },
  join(args, kw) {
    checkArgs("str.join", args, kw, 1, 1, 1);
    return joinStrs(sv(args[0]), args[1]);
  },
  replace(args, kw) {
    checkArgs("replace", args, kw, 2, 3, 1);
    const s = sv(args[0]);
    const old = argStr(args[1], "replace", 1);
    const rep = argStr(args[2], "replace", 2);
    const count = args[3] === undefined ? -1 : Number(asIndex(args[3]));
    if (count < 0 && old !== "") return s.split(old).join(rep);
    if (old === "") {
      if (count < 0) return rep + codePoints(s).join(rep) + (s === "" ? "" : rep);
      const cps = codePoints(s);
      let out = "";
      let n = 0;
      for (let i = 0; i <= cps.length; i++) {
        if (n < count) {
          out += rep;
          n++;
        }
        if (i < cps.length) out += cps[i];
      }
      return out;
    }
    let out = "";
    let rest = s;
    for (let n = 0; n < count; n++) {
      const i = rest.indexOf(old);
      if (i < 0) break;
      out += rest.slice(0, i) + rep;
      rest = rest.slice(i + old.length);
    }
    return out + rest;
  },
  startswith: prefixTest("startswith", false),
  endswith: prefixTest("endswith", true),
  find: (args, kw) => {
    oldStyleArgs("find", args, kw, 1, 3);
    return findIn(sv(args[0]), mustStr(args[1], ""), args[2], args[3]);
  },
  rfind: (args, kw) => {
    oldStyleArgs("rfind", args, kw, 1, 3);
    return findIn(sv(args[0]), mustStr(args[1], ""), args[2], args[3], true);
  },
  index(args, kw) {
    oldStyleArgs("index", args, kw, 1, 3);
    const i = findIn(sv(args[0]), mustStr(args[1], ""), args[2], args[3]);
    if (i < 0) throw pyError(PyExc_ValueError, "substring not found");
    return i;
  },
  rindex(args, kw) {
    oldStyleArgs("rindex", args, kw, 1, 3);
    const i = findIn(sv(args[0]), mustStr(args[1], ""), args[2], args[3], true);
    if (i < 0) throw pyError(PyExc_ValueError, "substring not found");
    return i;
  },
  count(args, kw) {
    oldStyleArgs("count", args, kw, 1, 3);
    return countSub(sv(args[0]), mustStr(args[1], ""), args[2], args[3]);
  },
  partition(args, kw) {
    checkArgs("str.partition", args, kw, 1, 1, 1);
    const s = sv(args[0]);
    const sep = mustStr(args[1], "");
    if (sep === "") throw pyError(PyExc_ValueError, "empty separator");
    const i = s.indexOf(sep);
    if (i < 0) return makeTuple([s, "", ""]);
    return makeTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  rpartition(args, kw) {
    checkArgs("str.rpartition", args, kw, 1, 1, 1);
    const s = sv(args[0]);
    const sep = mustStr(args[1], "");
    if (sep === "") throw pyError(PyExc_ValueError, "empty separator");
    const i = s.lastIndexOf(sep);
    if (i < 0) return makeTuple(["", "", s]);
    return makeTuple([s.slice(0, i), sep, s.slice(i + sep.length)]);
  },
  center: justify("center", "c"),
  ljust: justify("ljust", "l"),
  rjust: justify("rjust", "r"),
  zfill(args, kw) {
    checkArgs("str.zfill", args, kw, 1, 1, 1);
    const s = sv(args[0]);
    const width = widthArg(args[1]);
    const n = width - cpLength(s);
    if (n <= 0) return s;
    if (s[0] === "+" || s[0] === "-") return s[0] + "0".repeat(n) + s.slice(1);
    return "0".repeat(n) + s;
  },
  expandtabs(args, kwnames) {
    const [ts] = bindArgs("expandtabs", args, kwnames, ["tabsize"], 0, 1);
    return expandTabs(sv(args[0]), ts === undefined ? 8 : Number(asIndex(ts)));
  },
  removeprefix(args) {
    const s = sv(args[0]);
    const p = argStr(args[1], "removeprefix");
    return p !== "" && s.startsWith(p) ? s.slice(p.length) : s;
  },
  removesuffix(args) {
    const s = sv(args[0]);
    const p = argStr(args[1], "removesuffix");
    return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  },
  isdigit: (args) => allChars(sv(args[0]), (c) => DIGIT.test(c)),
  isdecimal: (args) => allChars(sv(args[0]), (c) => DECIMAL.test(c)),
  isnumeric: (args) => allChars(sv(args[0]), (c) => NUMERIC.test(c)),
  isalpha: (args) => allChars(sv(args[0]), (c) => ALPHA.test(c)),
  isalnum: (args) =>
    allChars(sv(args[0]), (c) => ALPHA.test(c) || NUMERIC.test(c) || DIGIT.test(c)),
  isspace: (args) => allChars(sv(args[0]), isSpaceChar),
  // deno-lint-ignore no-control-regex
  isascii: (args) => /^[\x00-\x7f]*$/.test(sv(args[0])),
  isprintable: (args) => {
    for (const ch of sv(args[0])) if (!isPrintableChar(ch)) return false;
    return true;
  },
  isidentifier: (args) => isIdentifier(sv(args[0])),
  isupper(args) {
    let cased = false;
    for (const ch of sv(args[0])) {
      if (isLowerCh(ch)) return false;
      if (isUpperCh(ch)) cased = true;
    }
    return cased;
  },
  islower(args) {
    let cased = false;
    for (const ch of sv(args[0])) {
      if (isUpperCh(ch)) return false;
      if (isLowerCh(ch)) cased = true;
    }
    return cased;
  },
  istitle(args) {
    let cased = false, prevCased = false;
    for (const ch of sv(args[0])) {
      if (isUpperCh(ch) || TITLECASE.test(ch)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isLowerCh(ch)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  },
  format(args, kwnames) {
    const nkw = kwnames === null ? 0 : kwnames.length;
    const pos = args.slice(1, args.length - nkw);
    let kwargs: PyDict | null = null;
    if (nkw > 0) {
      kwargs = new PyDict();
      for (let i = 0; i < nkw; i++) kwargs.setStr(kwnames![i], args[args.length - nkw + i]);
    }
    return strFormat(sv(args[0]), pos, kwargs);
  },
  format_map: (args) => strFormat(sv(args[0]), [], args[1]),
  encode(args, kwnames) {
    const [enc, errors] = bindArgs("encode", args, kwnames, ["encoding", "errors"], 0, 1);
    return new PyBytes(
      encodeStr(
        sv(args[0]),
        enc === undefined ? "utf-8" : mustStr(enc, "encode() argument 'encoding'"),
        errors === undefined ? "strict" : mustStr(errors, "encode() argument 'errors'"),
      ),
    );
  },
  translate: (args) => translateStr(sv(args[0]), args[1]),
});

strType.dict.setStr(
  "maketrans",
  // A static method: str.maketrans(x[, y[, z]]).
  new PyBuiltinFunction("maketrans", (args, kwnames) => {
    checkArgs("maketrans", args, kwnames, 1, 3);
    const d = new PyDict();
    if (args.length === 1) {
      const src = args[0];
      if (!(src instanceof PyDict)) {
        throw pyError(
          PyExc_TypeError,
          "if you give only one argument to maketrans it must be a dict",
        );
      }
      for (const e of src.entries()) {
        const k = strValue(e.key);
        if (k !== undefined) {
          if (cpLength(k) !== 1) {
            throw pyError(PyExc_ValueError, "string keys in translate table must be of length 1");
          }
          d.set(k.codePointAt(0)!, e.value);
        } else if (intValue(e.key) !== undefined) d.set(e.key, e.value);
        else {
          throw pyError(PyExc_TypeError, "keys in translate table must be strings or integers");
        }
      }
      return d;
    }
    const strArgument = (i: number) => {
      const v = strValue(args[i]);
      if (v !== undefined) return v;
      const t = args[i] === None ? "None" : typeOf(args[i]).name;
      throw pyError(PyExc_TypeError, `maketrans() argument ${i + 1} must be str, not ${t}`);
    };
    const second = strArgument(1);
    const third = args.length > 2 ? strArgument(2) : undefined;
    const first = strValue(args[0]);
    if (first === undefined) {
      throw pyError(
        PyExc_TypeError,
        "first maketrans argument must be a string if there is a second argument",
      );
    }
    const x = codePoints(first), y = codePoints(second);
    if (x.length !== y.length) {
      throw pyError(PyExc_ValueError, "the first two maketrans arguments must have equal length");
    }
    x.forEach((c, i) => d.set(c.codePointAt(0)!, y[i].codePointAt(0)!));
    if (third !== undefined) {
      for (const c of codePoints(third)) d.set(c.codePointAt(0)!, None);
    }
    return d;
  }),
);
(strType.dict.getStr("maketrans") as PyBuiltinFunction).staticOwner = strType;
// (A plain builtin function in a type's namespace does not bind: it acts as a staticmethod.)
requireArgs(strType, { removeprefix: 1, removesuffix: 1, translate: 1 });

// Methods taking no arguments check that, as CPython's METH_NOARGS does.
for (
  const name of [
    "upper",
    "lower",
    "casefold",
    "swapcase",
    "capitalize",
    "title",
    "isdigit",
    "isdecimal",
    "isnumeric",
    "isalpha",
    "isalnum",
    "isspace",
    "isascii",
    "isprintable",
    "isidentifier",
    "isupper",
    "islower",
    "istitle",
  ]
) {
  const d = strType.dict.getStr(name) as PyMethodDescriptor;
  const fn = d.fn;
  strType.dict.setStr(
    name,
    new PyMethodDescriptor(name, strType, (args, kwnames) => {
      if (args.length !== 1 || (kwnames !== null && kwnames.length > 0)) {
        throw pyError(
          PyExc_TypeError,
          `str.${name}() takes no arguments (${args.length - 1} given)`,
        );
      }
      return fn(args, kwnames);
    }),
  );
}
