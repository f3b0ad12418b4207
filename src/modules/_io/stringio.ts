// _io.StringIO: an in-memory text stream (stringio.c). Positions count code points; the text
// is a JS string, so when it holds astral characters positions are converted (slow path).
import { None, PyDict, type PyType, type PyValue, typeOf } from "../../objects/object.ts";
import {
  bindArgs,
  checkArgs,
  defineGetter,
  defineMethods,
} from "../../objects/builtin_function.ts";
import { newException, PyExc_OSError, stopIteration } from "../../objects/exceptions.ts";
import { callMethod, getIter, iterNext, len, repr } from "../../objects/abstract.ts";
import { makeTuple, PyTuple } from "../../objects/tuple.ts";
import { strValue } from "../../objects/str.ts";
import { indexArg, makeIOType, sizeArg, typeError, valueError } from "./common.ts";
import { PyIOBase, textIOBaseType } from "./iobase.ts";
import { findLineEnd, type NewlineState, newlinesValue, translateNewlines } from "./newline.ts";

const SURROGATE = /[\ud800-\udfff]/;

export class PyStringIO extends PyIOBase {
  text = "";
  /** Whether `text` holds surrogate pairs (then code point and UTF-16 offsets differ). */
  astral = false;
  /** Position in code points. */
  pos = 0;
  closed = false;
  initialized = false;
  readnl: string | null = "\n";
  readuniversal = false;
  readtranslate = false;
  writenl: string | null = null;
  decoder: NewlineState | null = null;
}

export const stringIOType: PyType = makeIOType(
  "StringIO",
  textIOBaseType,
  (cls) => new PyStringIO(cls),
);

const S = (v: PyValue) => v as PyStringIO;

function check(s: PyStringIO): void {
  if (!s.initialized) valueError("I/O operation on uninitialized object");
  if (s.closed) valueError("I/O operation on closed file");
}

/** Length in code points. */
function cpLen(s: string, astral: boolean): number {
  if (!astral) return s.length;
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

/** UTF-16 offset of code point index `cp` (clamped to the end). */
function unitIndex(s: string, cp: number, astral: boolean): number {
  if (!astral) return Math.min(cp, s.length);
  let i = 0;
  for (let n = 0; n < cp && i < s.length; n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      i += d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
    } else i++;
  }
  return i;
}

function size(s: PyStringIO): number {
  return cpLen(s.text, s.astral);
}

function writeStr(s: PyStringIO, input: string): void {
  let t = input;
  if (s.decoder !== null) t = translateNewlines(s.decoder, t, true);
  if (s.writenl !== null && s.writenl !== "\n") t = t.replaceAll("\n", s.writenl);
  if (t.length === 0) return;
  const tAstral = SURROGATE.test(t);
  const astral = s.astral || tAstral;
  const n = cpLen(t, tAstral);
  const total = cpLen(s.text, s.astral);
  if (s.pos === total) s.text += t;
  else if (s.pos > total) s.text += "\0".repeat(s.pos - total) + t;
  else {
    const a = unitIndex(s.text, s.pos, s.astral);
    const b = unitIndex(s.text, s.pos + n, s.astral);
    s.text = s.text.slice(0, a) + t + s.text.slice(b);
  }
  s.astral = astral;
  s.pos += n;
}

function read(s: PyStringIO, n: number): string {
  const a = unitIndex(s.text, s.pos, s.astral);
  if (a >= s.text.length) return "";
  if (n < 0) {
    s.pos = size(s);
    return s.text.slice(a);
  }
  const b = unitIndex(s.text, s.pos + n, s.astral);
  const out = s.text.slice(a, b);
  s.pos += cpLen(out, s.astral);
  return out;
}

function readline(s: PyStringIO, limit: number): string {
  const a = unitIndex(s.text, s.pos, s.astral);
  if (a >= s.text.length) return "";
  let end = findLineEnd(s.text, a, s.readtranslate, s.readuniversal, s.readnl ?? "\n");
  if (end < 0) end = s.text.length;
  let line = s.text.slice(a, end);
  if (limit >= 0 && cpLen(line, s.astral) > limit) {
    line = line.slice(0, unitIndex(line, limit, s.astral));
  }
  s.pos += cpLen(line, s.astral);
  return line;
}

/** Parses the newline argument ("illegal newline value" as CPython). */
export function newlineArg(v: PyValue | undefined, dflt: string | null): string | null {
  if (v === undefined) return dflt;
  if (v === None) return null;
  const s = strValue(v);
  if (s === undefined) typeError(`newline must be str or None, not ${typeOf(v).name}`);
  if (s !== "" && s !== "\n" && s !== "\r" && s !== "\r\n") {
    valueError(`illegal newline value: ${repr(v)}`);
  }
  return s!;
}

function setup(s: PyStringIO, newline: string | null): void {
  s.readnl = newline;
  s.readuniversal = newline === null || newline === "";
  s.readtranslate = newline === null;
  s.writenl = newline !== null && newline.startsWith("\r") ? newline : null;
  s.decoder = s.readuniversal ? { translate: s.readtranslate, seennl: 0, pendingcr: false } : null;
}

defineMethods(stringIOType, {
  __init__(args, kw) {
    const [value, nl] = bindArgs("StringIO", args, kw, ["initial_value", "newline"], 0, 1);
    const s = S(args[0]);
    const newline = newlineArg(nl, "\n");
    let init = "";
    if (value !== undefined && value !== None) {
      const v = strValue(value);
      if (v === undefined) {
        typeError(`initial_value must be str or None, not ${typeOf(value).name}`);
      }
      init = v!;
    }
    setup(s, newline);
    s.text = "";
    s.astral = false;
    s.pos = 0;
    s.closed = false;
    s.initialized = true;
    if (init !== "") {
      writeStr(s, init);
      s.pos = 0;
    }
    return None;
  },
  getvalue(args, kw) {
    checkArgs("getvalue", args, kw, 0, 0, 1);
    check(S(args[0]));
    return S(args[0]).text;
  },
  read(args, kw) {
    checkArgs("read", args, kw, 0, 1, 1);
    const s = S(args[0]);
    check(s);
    return read(s, sizeArg(args[1]));
  },
  readline(args, kw) {
    checkArgs("readline", args, kw, 0, 1, 1);
    const s = S(args[0]);
    check(s);
    return readline(s, sizeArg(args[1]));
  },
  tell(args, kw) {
    checkArgs("tell", args, kw, 0, 0, 1);
    check(S(args[0]));
    return S(args[0]).pos;
  },
  truncate(args, kw) {
    checkArgs("truncate", args, kw, 0, 1, 1);
    const s = S(args[0]);
    check(s);
    let n = s.pos;
    if (args[1] !== undefined && args[1] !== None) {
      n = indexArg(args[1]);
      if (n < 0) valueError(`Negative size value ${n}`);
    }
    if (n < size(s)) {
      s.text = s.text.slice(0, unitIndex(s.text, n, s.astral));
      s.astral = s.astral && SURROGATE.test(s.text);
    }
    return n;
  },
  seek(args, kw) {
    checkArgs("seek", args, kw, 1, 2, 1);
    const s = S(args[0]);
    let pos = indexArg(args[1]);
    const whence = args[2] === undefined ? 0 : indexArg(args[2]);
    check(s);
    if (whence !== 0 && whence !== 1 && whence !== 2) {
      valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    if (pos < 0 && whence === 0) valueError(`Negative seek position ${pos}`);
    if (whence !== 0 && pos !== 0) {
      throw newException(PyExc_OSError, ["Can't do nonzero cur-relative seeks"]);
    }
    if (whence === 1) pos = s.pos;
    else if (whence === 2) pos = size(s);
    s.pos = pos;
    return pos;
  },
  write(args, kw) {
    checkArgs("write", args, kw, 1, 1, 1);
    const s = S(args[0]);
    check(s);
    const t = strValue(args[1]);
    if (t === undefined) typeError(`string argument expected, got '${typeOf(args[1]).name}'`);
    const n = cpLen(t!, SURROGATE.test(t!));
    if (n > 0) writeStr(s, t!);
    return n;
  },
  writelines(args, kw) {
    checkArgs("writelines", args, kw, 1, 1, 1);
    const s = S(args[0]);
    check(s);
    const it = getIter(args[1]);
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) callMethod(s, "write", [v]);
    return None;
  },
  seekable(args) {
    check(S(args[0]));
    return true;
  },
  readable(args) {
    check(S(args[0]));
    return true;
  },
  writable(args) {
    check(S(args[0]));
    return true;
  },
  close(args) {
    const s = S(args[0]);
    s.closed = true;
    s.text = "";
    return None;
  },
  __next__(args) {
    const v = stringIOType.tp_iternext!(S(args[0]));
    if (v === undefined) throw stopIteration(None);
    return v;
  },
  __getstate__(args, kw) {
    checkArgs("__getstate__", args, kw, 0, 0, 1);
    const s = S(args[0]);
    check(s);
    return makeTuple([
      s.text,
      s.readnl === null ? None : s.readnl,
      s.pos,
      s.dict === null || s.dict.map.size === 0 ? None : copyDict(s.dict),
    ]);
  },
  __setstate__(args, kw) {
    checkArgs("__setstate__", args, kw, 1, 1, 1);
    const s = S(args[0]);
    const st = args[1];
    if (!(st instanceof PyTuple) || st.items.length < 4) {
      typeError(`_io.StringIO.__setstate__ argument should be 4-tuple, got ${typeOf(st).name}`);
    }
    const [value, nl, pos, dict] = (st as PyTuple).items;
    const newline = newlineArg(nl, "\n");
    const v = strValue(value);
    if (v === undefined) typeError(`initial_value must be str or None, not ${typeOf(value).name}`);
    setup(s, newline);
    s.initialized = true;
    s.closed = false;
    // The state's text was translated once already: store it as is.
    s.text = v!;
    s.astral = SURROGATE.test(v!);
    if (typeof pos !== "number") {
      typeError(`third item of state must be an integer, got ${typeOf(pos).name}`);
    }
    if ((pos as number) < 0) valueError("position value cannot be negative");
    s.pos = pos as number;
    if (dict !== None) {
      if (!(dict instanceof PyDict)) {
        typeError(`fourth item of state should be a dict, got a ${typeOf(dict).name}`);
      }
      s.dict ??= new PyDict();
      for (const e of (dict as PyDict).entries()) s.dict.set(e.key, e.value);
    }
    return None;
  },
});
stringIOType.tp_iternext = (o) => {
  const s = o as PyStringIO;
  if (s.cls !== stringIOType) {
    const line = callMethod(s, "readline", []);
    if (strValue(line) === undefined) {
      typeError(`readline() should have returned a str object, not '${typeOf(line).name}'`);
    }
    return len(line) === 0 ? undefined : line;
  }
  check(s);
  const line = readline(s, -1);
  return line === "" ? undefined : line;
};
defineGetter(stringIOType, "closed", (s) => {
  if (!S(s).initialized) valueError("I/O operation on uninitialized object");
  return S(s).closed;
});
defineGetter(stringIOType, "line_buffering", (s) => {
  check(S(s));
  return false;
});
defineGetter(stringIOType, "newlines", (s) => {
  check(S(s));
  const d = S(s).decoder;
  return d === null ? None : newlinesValue(d.seennl);
});

export function copyDict(d: PyDict): PyDict {
  const out = new PyDict();
  for (const e of d.entries()) out.set(e.key, e.value);
  return out;
}
