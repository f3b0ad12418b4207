// The `_json` module (CPython's Modules/_json.c): the accelerated scanner and encoder that
// Lib/json/decoder.py and encoder.py use when present, with the same results and errors as the
// pure-Python fallbacks.
//
// Positions Python sees are code points; the scanner works on the JS string's UTF-16 units and
// converts positions at its boundaries (only strings with surrogates need converting).
import {
  boolType,
  floatType,
  intType,
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
  checkArgs,
  defineCallSlot,
  defineGetter,
  defineNew,
  PyBuiltinFunction,
} from "../objects/builtin_function.ts";
import { bindArgs } from "../objects/builtin_function.ts";
import { PyList } from "../objects/list.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import {
  newException,
  pyError,
  PyExc_RecursionError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
} from "../objects/exceptions.ts";
import { call, callMethod, getAttr, getIter, isTrue, iterNext, repr } from "../objects/abstract.ts";
import { intValue, parseInt_ } from "../objects/int.ts";
import { strValue } from "../objects/str.ts";
import { currentThread } from "../runtime/thread_state.ts";
import { importModuleByName } from "../runtime/import.ts";
import { PyModule } from "../runtime/module_object.ts";

// ---- Positions: code points (Python) <-> UTF-16 units (JS) -------------------------------------

const surrogateRe = /[\ud800-\udfff]/;

function unitIndex(s: string, cp: number): number {
  let i = 0;
  for (let k = 0; k < cp && i < s.length; k++) {
    const u = s.charCodeAt(i);
    i += u >= 0xd800 && u < 0xdc00 && i + 1 < s.length &&
        (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
      ? 2
      : 1;
  }
  return i + Math.max(0, cp - codePointIndex(s, s.length));
}

function codePointIndex(s: string, unit: number): number {
  let n = 0;
  for (let i = 0; i < unit && i < s.length; i++, n++) {
    const u = s.charCodeAt(i);
    if (
      u >= 0xd800 && u < 0xdc00 && i + 1 < s.length && i + 1 < unit &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) i++;
  }
  return n + Math.max(0, unit - s.length);
}

/** A document being scanned and whether its positions need converting. */
class Doc {
  readonly wide: boolean;
  constructor(readonly s: string, readonly obj: PyValue) {
    this.wide = surrogateRe.test(s);
  }
  toUnit(cp: number): number {
    return this.wide ? unitIndex(this.s, cp) : cp;
  }
  toCp(unit: number): number {
    return this.wide ? codePointIndex(this.s, unit) : unit;
  }
}

function decodeError(msg: string, doc: Doc, unitPos: number): PyValue {
  const pos = doc.toCp(unitPos);
  let cls: PyValue;
  try {
    cls = getAttr(importModuleByName("json.decoder"), "JSONDecodeError");
  } catch {
    return pyError(PyExc_ValueError, `${msg}: char ${pos}`);
  }
  return call(cls, [msg, doc.obj, pos], null);
}

function stopIteration(doc: Doc, unitPos: number): PyValue {
  return newException(PyExc_StopIteration, [doc.toCp(unitPos)]);
}

const isWhitespace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

// ---- scanstring ---------------------------------------------------------------------------------

/** scanstring_unicode: `end` is just past the opening quote (units); returns [text, end]. */
function scanString(doc: Doc, end: number, strict: boolean): [string, number] {
  const s = doc.s;
  const len = s.length;
  const begin = end - 1;
  if (end < 0 || end > len) throw pyError(PyExc_ValueError, "end is out of bounds");
  let out = "";
  for (;;) {
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 34 || c === 92) break;
      if (c <= 0x1f && strict) throw decodeError("Invalid control character at", doc, next);
    }
    if (next >= len || (c !== 34 && c !== 92)) {
      throw decodeError("Unterminated string starting at", doc, begin);
    }
    if (next !== end) out += s.slice(end, next);
    next++;
    if (c === 34) {
      end = next;
      break;
    }
    if (next === len) throw decodeError("Unterminated string starting at", doc, begin);
    c = s.charCodeAt(next);
    if (c !== 117) {
      end = next + 1;
      let ch: string;
      switch (c) {
        case 34:
          ch = '"';
          break;
        case 92:
          ch = "\\";
          break;
        case 47:
          ch = "/";
          break;
        case 98:
          ch = "\b";
          break;
        case 102:
          ch = "\f";
          break;
        case 110:
          ch = "\n";
          break;
        case 114:
          ch = "\r";
          break;
        case 116:
          ch = "\t";
          break;
        default:
          throw decodeError("Invalid \\escape", doc, end - 2);
      }
      out += ch;
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) throw decodeError("Invalid \\uXXXX escape", doc, next - 1);
    let u = hex4(s, next);
    if (u < 0) throw decodeError("Invalid \\uXXXX escape", doc, end - 5);
    next = end;
    if (
      u >= 0xd800 && u < 0xdc00 && end + 6 < len && s.charCodeAt(next) === 92 &&
      s.charCodeAt(next + 1) === 117
    ) {
      const u2 = hex4(s, next + 2);
      if (u2 < 0) throw decodeError("Invalid \\uXXXX escape", doc, end + 1);
      if (u2 >= 0xdc00 && u2 <= 0xdfff) {
        out += String.fromCharCode(u, u2);
        end += 6;
        continue;
      }
    }
    out += String.fromCharCode(u);
    u = 0;
  }
  return [out, end];
}

function hex4(s: string, at: number): number {
  let v = 0;
  for (let k = 0; k < 4; k++) {
    const d = s.charCodeAt(at + k);
    const h = d >= 48 && d <= 57
      ? d - 48
      : d >= 97 && d <= 102
      ? d - 87
      : d >= 65 && d <= 70
      ? d - 55
      : -1;
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  return v;
}

// ---- The scanner (c_make_scanner) ---------------------------------------------------------------

class Scanner extends PyObject {
  strict = true;
  objectHook: PyValue = None;
  objectPairsHook: PyValue = None;
  parseFloat: PyValue = None;
  parseInt: PyValue = None;
  parseConstant: PyValue = None;
}

const scannerType = new PyType(typeType, "_json.Scanner", [objectType]);
scannerType.qualname = "Scanner";
scannerType.dict.setStr("__module__", "_json");
scannerType.allocate = (cls) => new Scanner(cls);

defineNew(scannerType, (cls, args, kwnames) => {
  const [context] = bindArgs("make_scanner", args, kwnames, ["context"], 1);
  const sc = new Scanner(cls);
  sc.strict = isTrue(getAttr(context!, "strict"));
  sc.objectHook = getAttr(context!, "object_hook");
  sc.objectPairsHook = getAttr(context!, "object_pairs_hook");
  sc.parseFloat = getAttr(context!, "parse_float");
  sc.parseInt = getAttr(context!, "parse_int");
  sc.parseConstant = getAttr(context!, "parse_constant");
  return sc;
});

class ScanRun {
  readonly memo = new Map<string, string>();
  depth = 0;
  constructor(readonly sc: Scanner, readonly doc: Doc) {}

  enter(what: string): void {
    if (++this.depth + currentThread.depth > currentThread.recursionLimit) {
      throw pyError(
        PyExc_RecursionError,
        `maximum recursion depth exceeded while decoding a JSON ${what} from a unicode string`,
      );
    }
  }

  /** scan_once_unicode: the value at `idx`; sets `this.end`. */
  end = 0;
  scan(idx: number): PyValue {
    const s = this.doc.s;
    const len = s.length;
    if (idx < 0) throw pyError(PyExc_ValueError, "idx cannot be negative");
    if (idx >= len) throw stopIteration(this.doc, idx);
    const c = s.charCodeAt(idx);
    switch (c) {
      case 34: {
        const [str, end] = scanString(this.doc, idx + 1, this.sc.strict);
        this.end = end;
        return str;
      }
      case 123: {
        this.enter("object");
        try {
          return this.parseObject(idx + 1);
        } finally {
          this.depth--;
        }
      }
      case 91: {
        this.enter("array");
        try {
          return this.parseArray(idx + 1);
        } finally {
          this.depth--;
        }
      }
      case 110:
        if (s.startsWith("null", idx)) {
          this.end = idx + 4;
          return None;
        }
        break;
      case 116:
        if (s.startsWith("true", idx)) {
          this.end = idx + 4;
          return true;
        }
        break;
      case 102:
        if (s.startsWith("false", idx)) {
          this.end = idx + 5;
          return false;
        }
        break;
      case 78:
        if (s.startsWith("NaN", idx)) return this.constant("NaN", idx);
        break;
      case 73:
        if (s.startsWith("Infinity", idx)) return this.constant("Infinity", idx);
        break;
      case 45:
        if (s.startsWith("-Infinity", idx)) return this.constant("-Infinity", idx);
        break;
    }
    return this.number(idx);
  }

  constant(name: string, idx: number): PyValue {
    const v = call(this.sc.parseConstant, [name], null);
    this.end = idx + name.length;
    return v;
  }

  number(start: number): PyValue {
    const s = this.doc.s;
    const endIdx = s.length - 1;
    let idx = start;
    const digit = (i: number) => {
      const c = s.charCodeAt(i);
      return c >= 48 && c <= 57;
    };
    if (s.charCodeAt(idx) === 45) {
      idx++;
      if (idx > endIdx) throw stopIteration(this.doc, start);
    }
    const first = s.charCodeAt(idx);
    if (first >= 49 && first <= 57) {
      idx++;
      while (idx <= endIdx && digit(idx)) idx++;
    } else if (first === 48) idx++;
    else throw stopIteration(this.doc, start);
    let isFloat = false;
    if (idx < endIdx && s.charCodeAt(idx) === 46 && digit(idx + 1)) {
      isFloat = true;
      idx += 2;
      while (idx <= endIdx && digit(idx)) idx++;
    }
    if (idx < endIdx && (s.charCodeAt(idx) === 101 || s.charCodeAt(idx) === 69)) {
      const eStart = idx;
      idx++;
      if (idx < endIdx && (s.charCodeAt(idx) === 45 || s.charCodeAt(idx) === 43)) idx++;
      while (idx <= endIdx && digit(idx)) idx++;
      if (digit(idx - 1)) isFloat = true;
      else idx = eStart;
    }
    const text = s.slice(start, idx);
    this.end = idx;
    if (isFloat) {
      if (this.sc.parseFloat !== floatType) return call(this.sc.parseFloat, [text], null);
      return new PyFloat(Number(text));
    }
    if (this.sc.parseInt !== intType) return call(this.sc.parseInt, [text], null);
    return text.length < 16 ? Number(text) || 0 : parseInt_(text, 10, text);
  }

  skipWs(idx: number): number {
    const s = this.doc.s;
    while (idx < s.length && isWhitespace(s.charCodeAt(idx))) idx++;
    return idx;
  }

  parseObject(idx: number): PyValue {
    const s = this.doc.s;
    const len = s.length;
    const pairsHook = this.sc.objectPairsHook !== None;
    const pairs: PyValue[] = [];
    const dict = pairsHook ? null : new PyDict();
    idx = this.skipWs(idx);
    if (idx >= len || s.charCodeAt(idx) !== 125) {
      for (;;) {
        if (idx >= len || s.charCodeAt(idx) !== 34) {
          throw decodeError("Expecting property name enclosed in double quotes", this.doc, idx);
        }
        let [key, next] = scanString(this.doc, idx + 1, this.sc.strict);
        const memoKey = this.memo.get(key);
        if (memoKey === undefined) this.memo.set(key, key);
        else key = memoKey;
        idx = this.skipWs(next);
        if (idx >= len || s.charCodeAt(idx) !== 58) {
          throw decodeError("Expecting ':' delimiter", this.doc, idx);
        }
        idx = this.skipWs(idx + 1);
        const val = this.scan(idx);
        if (dict !== null) dict.set(key, val);
        else pairs.push(makeTuple([key, val]));
        idx = this.skipWs(this.end);
        if (idx < len && s.charCodeAt(idx) === 125) break;
        if (idx >= len || s.charCodeAt(idx) !== 44) {
          throw decodeError("Expecting ',' delimiter", this.doc, idx);
        }
        idx = this.skipWs(idx + 1);
        next = idx;
      }
    }
    const end = idx + 1;
    let result: PyValue;
    if (dict === null) result = call(this.sc.objectPairsHook, [new PyList(pairs)], null);
    else if (this.sc.objectHook !== None) result = call(this.sc.objectHook, [dict], null);
    else result = dict;
    this.end = end;
    return result;
  }

  parseArray(idx: number): PyValue {
    const s = this.doc.s;
    const len = s.length;
    const items: PyValue[] = [];
    idx = this.skipWs(idx);
    if (idx >= len || s.charCodeAt(idx) !== 93) {
      for (;;) {
        items.push(this.scan(idx));
        idx = this.skipWs(this.end);
        if (idx < len && s.charCodeAt(idx) === 93) break;
        if (idx >= len || s.charCodeAt(idx) !== 44) {
          throw decodeError("Expecting ',' delimiter", this.doc, idx);
        }
        idx = this.skipWs(idx + 1);
      }
    }
    this.end = idx + 1;
    return new PyList(items);
  }
}

scannerType.tp_call = (self, args, kwnames) => {
  const [string, idxArg] = bindArgs("scan_once", args, kwnames, ["string", "idx"], 2);
  const s = strValue(string!);
  if (s === undefined) {
    throw pyError(PyExc_TypeError, `first argument must be a string, not ${typeOf(string!).name}`);
  }
  const idx = intValue(idxArg!);
  if (idx === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'${typeOf(idxArg!).name}' object cannot be interpreted as an integer`,
    );
  }
  const doc = new Doc(s, string!);
  const run = new ScanRun(self as Scanner, doc);
  const n = Number(idx);
  const value = run.scan(n < 0 ? n : doc.toUnit(n));
  return makeTuple([value, doc.toCp(run.end)]);
};
defineCallSlot(scannerType);
for (
  const [name, get] of [
    ["strict", (s: Scanner) => s.strict],
    ["object_hook", (s: Scanner) => s.objectHook],
    ["object_pairs_hook", (s: Scanner) => s.objectPairsHook],
    ["parse_float", (s: Scanner) => s.parseFloat],
    ["parse_int", (s: Scanner) => s.parseInt],
    ["parse_constant", (s: Scanner) => s.parseConstant],
  ] as const
) defineGetter(scannerType, name, (o) => get(o as Scanner));

// ---- encode_basestring(_ascii) ------------------------------------------------------------------

const hex4Lower = (u: number) => "\\u" + u.toString(16).padStart(4, "0");

export function encodeBasestringAscii(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c <= 126 && c !== 34 && c !== 92) continue;
    if (i > run) out += s.slice(run, i);
    run = i + 1;
    out += escapeUnit(c, true);
  }
  return out + s.slice(run) + '"';
}

export function encodeBasestring(s: string): string {
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 34 && c !== 92) continue;
    if (i > run) out += s.slice(run, i);
    run = i + 1;
    out += escapeUnit(c, false);
  }
  return out + s.slice(run) + '"';
}

function escapeUnit(c: number, ascii: boolean): string {
  switch (c) {
    case 34:
      return '\\"';
    case 92:
      return "\\\\";
    case 8:
      return "\\b";
    case 12:
      return "\\f";
    case 10:
      return "\\n";
    case 13:
      return "\\r";
    case 9:
      return "\\t";
  }
  return ascii || c < 32 ? hex4Lower(c) : String.fromCharCode(c);
}

// ---- The encoder (c_make_encoder) ---------------------------------------------------------------

class Encoder extends PyObject {
  markers: PyValue = None;
  defaultFn: PyValue = None;
  encoder: PyValue = None;
  indent: PyValue = None;
  keySeparator = ": ";
  itemSeparator = ", ";
  sortKeys = false;
  skipKeys = false;
  allowNan = true;
  /** 1 for encode_basestring_ascii, 2 for encode_basestring, 0 for a Python encoder. */
  fastEncode = 0;
}

const encoderType = new PyType(typeType, "_json.Encoder", [objectType]);
encoderType.qualname = "Encoder";
encoderType.dict.setStr("__module__", "_json");
encoderType.allocate = (cls) => new Encoder(cls);

/** The module's encode_basestring(_ascii) functions (recognized for the fast path). */
const basestringAsciiFn = new PyBuiltinFunction(
  "encode_basestring_ascii",
  (args, kw) => {
    checkArgs("encode_basestring_ascii", args, kw, 1, 1);
    return encodeBasestringAscii(strArg(args[0]));
  },
  undefined,
  "encode_basestring_ascii",
  "_json",
);
const basestringFn = new PyBuiltinFunction(
  "encode_basestring",
  (args, kw) => {
    checkArgs("encode_basestring", args, kw, 1, 1);
    return encodeBasestring(strArg(args[0]));
  },
  undefined,
  "encode_basestring",
  "_json",
);

function strArg(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) {
    throw pyError(PyExc_TypeError, `first argument must be a string, not ${typeOf(v).name}`);
  }
  return s;
}

defineNew(encoderType, (cls, args, kwnames) => {
  const a = bindArgs("make_encoder", args, kwnames, [
    "markers",
    "default",
    "encoder",
    "indent",
    "key_separator",
    "item_separator",
    "sort_keys",
    "skipkeys",
    "allow_nan",
  ], 9);
  const e = new Encoder(cls);
  if (a[0] !== None && !(a[0] instanceof PyDict)) {
    throw pyError(
      PyExc_TypeError,
      `make_encoder() argument 1 must be dict or None, not ${typeOf(a[0]!).name}`,
    );
  }
  const sep = (v: PyValue, n: number) => {
    const s = strValue(v);
    if (s === undefined) {
      throw pyError(
        PyExc_TypeError,
        `make_encoder() argument ${n} must be str, not ${typeOf(v).name}`,
      );
    }
    return s;
  };
  e.markers = a[0]!;
  e.defaultFn = a[1]!;
  e.encoder = a[2]!;
  e.indent = a[3]!;
  e.keySeparator = sep(a[4]!, 5);
  e.itemSeparator = sep(a[5]!, 6);
  e.sortKeys = isTrue(a[6]!);
  e.skipKeys = isTrue(a[7]!);
  e.allowNan = isTrue(a[8]!);
  e.fastEncode = a[2] === basestringAsciiFn ? 1 : a[2] === basestringFn ? 2 : 0;
  return e;
});

class EncodeRun {
  /** The output so far (V8 builds concatenations as ropes, cheaper than an array join). */
  out = "";
  depth = 0;
  constructor(readonly e: Encoder) {}

  encodeString(s: string): string {
    if (this.e.fastEncode === 1) return encodeBasestringAscii(s);
    if (this.e.fastEncode === 2) return encodeBasestring(s);
    const r = call(this.e.encoder, [s], null);
    const rs = strValue(r);
    if (rs === undefined) {
      throw pyError(PyExc_TypeError, `encoder() must return a string, not ${typeOf(r).name}`);
    }
    return rs;
  }

  encodeFloat(v: PyFloat): string {
    const x = v.value;
    if (!Number.isFinite(x)) {
      if (!this.e.allowNan) {
        throw pyError(PyExc_ValueError, "Out of range float values are not JSON compliant");
      }
      return x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
    }
    // float.__repr__ itself, even for subclasses overriding __repr__.
    return repr(v.cls === floatType ? v : new PyFloat(x));
  }

  enter(): void {
    if (++this.depth + currentThread.depth > currentThread.recursionLimit) {
      throw pyError(
        PyExc_RecursionError,
        "maximum recursion depth exceeded while encoding a JSON object",
      );
    }
  }

  /** Marks a container as being encoded (circular reference check). */
  mark(o: PyValue): PyValue | undefined {
    if (this.e.markers === None) return undefined;
    const markers = this.e.markers as PyDict;
    const ident = identityKey(o);
    if (markers.get(ident) !== undefined) {
      throw pyError(PyExc_ValueError, "Circular reference detected");
    }
    markers.set(ident, o);
    return ident;
  }
  unmark(ident: PyValue | undefined): void {
    if (ident !== undefined) (this.e.markers as PyDict).delete(ident);
  }

  obj(o: PyValue): void {
    if (o === None) this.out += "null";
    else if (o === true) this.out += "true";
    else if (o === false) this.out += "false";
    else if (typeof o === "string") this.out += this.encodeString(o);
    else if (typeof o === "number" || typeof o === "bigint") this.out += String(o);
    else if (o instanceof PyObject && strValue(o) !== undefined) {
      this.out += this.encodeString(strValue(o)!);
    } else if (o instanceof PyObject && intValue(o) !== undefined && o.cls !== boolType) {
      this.out += String(intValue(o));
    } else if (o instanceof PyFloat) this.out += this.encodeFloat(o);
    else if (o instanceof PyList || o instanceof PyTuple) this.list(o);
    else if (o instanceof PyDict) this.dict(o);
    else {
      const ident = this.mark(o);
      const newobj = call(this.e.defaultFn, [o], null);
      this.enter();
      try {
        this.obj(newobj);
      } finally {
        this.depth--;
      }
      this.unmark(ident);
    }
  }

  list(seq: PyList | PyTuple): void {
    const items = seq.items;
    if (items.length === 0) {
      this.out += "[]";
      return;
    }
    this.enter();
    const ident = this.mark(seq);
    this.out += "[";
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.out += this.e.itemSeparator;
      this.obj(items[i]);
    }
    this.unmark(ident);
    this.out += "]";
    this.depth--;
  }

  dict(d: PyDict): void {
    if (d.size === 0) {
      this.out += "{}";
      return;
    }
    this.enter();
    const ident = this.mark(d);
    this.out += "{";
    let items: PyValue[];
    if (d.cls.name === "dict" && !d.cls.isHeapType) {
      items = [];
      for (const entry of d.entries()) items.push(makeTuple([entry.key, entry.value]));
    } else {
      items = [];
      const it = getIter(callMethod(d, "items", []));
      for (let x = iterNext(it); x !== undefined; x = iterNext(it)) items.push(x);
    }
    if (this.e.sortKeys) {
      const l = new PyList(items);
      callMethod(l, "sort", []);
      items = l.items;
    }
    let first = true;
    for (const item of items) {
      const [key, value] = (item as PyTuple).items;
      let kstr: string;
      if (typeof key === "string") kstr = key;
      else if (key instanceof PyObject && strValue(key) !== undefined) kstr = strValue(key)!;
      else if (key instanceof PyFloat) kstr = this.encodeFloat(key);
      else if (key === true || key === false || key === None) {
        kstr = key === true ? "true" : key === false ? "false" : "null";
      } else if (intValue(key) !== undefined) kstr = String(intValue(key));
      else if (this.e.skipKeys) continue;
      else {
        throw pyError(
          PyExc_TypeError,
          `keys must be str, int, float, bool or None, not ${typeOf(key).name}`,
        );
      }
      if (!first) this.out += this.e.itemSeparator;
      first = false;
      this.out += this.encodeString(kstr);
      this.out += this.e.keySeparator;
      this.obj(value);
    }
    this.unmark(ident);
    this.out += "}";
    this.depth--;
  }
}

/** id(o) as the markers dict's key (CPython uses PyLong_FromVoidPtr). */
const identities = new WeakMap<object, number>();
let nextIdentity = 1;
function identityKey(o: PyValue): PyValue {
  if (typeof o !== "object") return `${typeof o}:${String(o)}`;
  let id = identities.get(o);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(o, id);
  }
  return -id;
}

encoderType.tp_call = (self, args, kwnames) => {
  const [obj, level] = bindArgs(
    "_iterencode",
    args,
    kwnames,
    ["obj", "_current_indent_level"],
    2,
  );
  if (intValue(level!) === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'${typeOf(level!).name}' object cannot be interpreted as an integer`,
    );
  }
  const run = new EncodeRun(self as Encoder);
  run.obj(obj!);
  return new PyList([run.out]);
};
defineCallSlot(encoderType);
for (
  const [name, get] of [
    ["markers", (e: Encoder) => e.markers],
    ["default", (e: Encoder) => e.defaultFn],
    ["encoder", (e: Encoder) => e.encoder],
    ["indent", (e: Encoder) => e.indent],
    ["key_separator", (e: Encoder) => e.keySeparator],
    ["item_separator", (e: Encoder) => e.itemSeparator],
    ["sort_keys", (e: Encoder) => e.sortKeys],
    ["skipkeys", (e: Encoder) => e.skipKeys],
  ] as const
) defineGetter(encoderType, name, (o) => get(o as Encoder));

export function createModule(): PyModule {
  const m = new PyModule("_json");
  m.dict.setStr("__doc__", "json speedups\n");
  m.dict.setStr("make_scanner", scannerType);
  m.dict.setStr("make_encoder", encoderType);
  m.dict.setStr("encode_basestring_ascii", basestringAsciiFn);
  m.dict.setStr("encode_basestring", basestringFn);
  m.dict.setStr(
    "scanstring",
    new PyBuiltinFunction(
      "scanstring",
      (args, kw) => {
        checkArgs("scanstring", args, kw, 2, 3);
        const s = strArg(args[0]);
        const end = intValue(args[1]);
        if (end === undefined) {
          throw pyError(
            PyExc_TypeError,
            `'${typeOf(args[1]).name}' object cannot be interpreted as an integer`,
          );
        }
        const strict = args.length > 2 ? isTrue(args[2]) : true;
        const doc = new Doc(s, args[0]);
        const n = Number(end);
        const [text, next] = scanString(doc, n < 0 || n > s.length ? n : doc.toUnit(n), strict);
        return makeTuple([text, doc.toCp(next)]);
      },
      undefined,
      "scanstring",
      "_json",
    ),
  );
  return m;
}
