// Universal-newline decoding: the core StringIO and TextIOWrapper use, and the Python type
// _io.IncrementalNewlineDecoder (textio.c) around another decoder.
import {
  None,
  objectType,
  PyObject,
  type PyType,
  type PyValue,
  typeOf,
} from "../../objects/object.ts";
import {
  bindArgs,
  checkArgs,
  defineGetter,
  defineMethods,
} from "../../objects/builtin_function.ts";
import { call, callMethod, getAttr, isTrue } from "../../objects/abstract.ts";
import { PyBytes } from "../../objects/bytes.ts";
import { makeTuple, PyTuple } from "../../objects/tuple.ts";
import { strValue } from "../../objects/str.ts";
import { indexArg, makeIOType, typeError } from "./common.ts";

export const SEEN_CR = 1, SEEN_LF = 2, SEEN_CRLF = 4;

/** The translation state: which newline kinds were seen and whether a "\r" is held back. */
export interface NewlineState {
  translate: boolean;
  seennl: number;
  pendingcr: boolean;
}

/** Applies newline handling to decoded text (IncrementalNewlineDecoder.decode's second half). */
export function translateNewlines(st: NewlineState, text: string, final: boolean): string {
  let out = text;
  if (st.pendingcr && (final || out.length > 0)) {
    out = "\r" + out;
    st.pendingcr = false;
  }
  // A trailing "\r" may start a "\r\n" split across calls: keep it for later.
  if (!final && out.length > 0 && out.charCodeAt(out.length - 1) === 13) {
    out = out.slice(0, -1);
    st.pendingcr = true;
  }
  const cr = out.indexOf("\r");
  if (cr < 0) {
    if (st.seennl !== (st.seennl | SEEN_LF) && out.indexOf("\n") >= 0) st.seennl |= SEEN_LF;
    return out;
  }
  let crlf = 0, lone = 0, lf = 0;
  for (let i = 0; i < out.length; i++) {
    const c = out.charCodeAt(i);
    if (c === 13) {
      if (out.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else lone++;
    } else if (c === 10) lf++;
  }
  if (lf) st.seennl |= SEEN_LF;
  if (lone) st.seennl |= SEEN_CR;
  if (crlf) st.seennl |= SEEN_CRLF;
  if (st.translate) {
    if (crlf) out = out.replaceAll("\r\n", "\n");
    if (lone) out = out.replaceAll("\r", "\n");
  }
  return out;
}

/** The `newlines` attribute for a seen-newlines mask. */
export function newlinesValue(seennl: number): PyValue {
  switch (seennl) {
    case 0:
      return None;
    case SEEN_CR:
      return "\r";
    case SEEN_LF:
      return "\n";
    case SEEN_CRLF:
      return "\r\n";
    case SEEN_CR | SEEN_LF:
      return makeTuple(["\r", "\n"]);
    case SEEN_CR | SEEN_CRLF:
      return makeTuple(["\r", "\r\n"]);
    case SEEN_LF | SEEN_CRLF:
      return makeTuple(["\n", "\r\n"]);
    default:
      return makeTuple(["\r", "\n", "\r\n"]);
  }
}

/**
 * The line end in `s` from `start` (CPython's _PyIO_find_line_ending): the index just past
 * it, or -1. `translated`: only "\n" can occur; `universal`: "\r", "\n" or "\r\n"; otherwise
 * `readnl` exactly.
 */
export function findLineEnd(
  s: string,
  start: number,
  translated: boolean,
  universal: boolean,
  readnl: string,
): number {
  if (translated || (!universal && readnl === "\n")) {
    const i = s.indexOf("\n", start);
    return i < 0 ? -1 : i + 1;
  }
  if (universal) {
    for (let i = start; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) return i + 1;
      if (c === 13) {
        if (i + 1 < s.length && s.charCodeAt(i + 1) === 10) return i + 2;
        return i + 1;
      }
    }
    return -1;
  }
  const i = s.indexOf(readnl, start);
  return i < 0 ? -1 : i + readnl.length;
}

// ---- _io.IncrementalNewlineDecoder ----------------------------------------------------------

export class PyNewlineDecoder extends PyObject implements NewlineState {
  decoder: PyValue = None;
  translate = false;
  seennl = 0;
  pendingcr = false;
  errors: PyValue = "strict";
  initialized = false;
}

export const newlineDecoderType: PyType = makeIOType(
  "IncrementalNewlineDecoder",
  objectType,
  (cls) => new PyNewlineDecoder(cls),
);
newlineDecoderType.instancesHaveDict = false;

const D = (v: PyValue) => v as PyNewlineDecoder;

defineMethods(newlineDecoderType, {
  __init__(args, kw) {
    const [decoder, translate, errors] = bindArgs(
      "IncrementalNewlineDecoder",
      args,
      kw,
      ["decoder", "translate", "errors"],
      2,
      1,
    );
    const d = D(args[0]);
    d.decoder = decoder!;
    d.translate = isTrue(translate!);
    d.errors = errors ?? "strict";
    d.seennl = 0;
    d.pendingcr = false;
    d.initialized = true;
    return None;
  },
  decode(args, kw) {
    const [input, final] = bindArgs("decode", args, kw, ["input", "final"], 1, 1);
    const d = D(args[0]);
    const fin = final === undefined ? false : isTrue(final);
    let out: PyValue;
    if (d.decoder === None) out = input!;
    else {
      out = call(getAttr(d.decoder, "decode"), [input!, fin], ["final"]);
    }
    const s = strValue(out);
    if (s === undefined) {
      typeError(`decoder should return a string result, not '${typeOf(out).name}'`);
    }
    return translateNewlines(d, s!, fin);
  },
  getstate(args, kw) {
    checkArgs("getstate", args, kw, 0, 0, 1);
    const d = D(args[0]);
    let buf: PyValue = new PyBytes(new Uint8Array(0));
    let flag = 0;
    if (d.decoder !== None) {
      const st = callMethod(d.decoder, "getstate", []);
      if (!(st instanceof PyTuple) || st.items.length !== 2) {
        typeError("illegal decoder state");
      }
      buf = (st as PyTuple).items[0];
      flag = indexArg((st as PyTuple).items[1]);
    }
    flag *= 2;
    if (d.pendingcr) flag |= 1;
    return makeTuple([buf, flag]);
  },
  setstate(args, kw) {
    checkArgs("setstate", args, kw, 1, 1, 1);
    const d = D(args[0]);
    const st = args[1];
    if (!(st instanceof PyTuple) || st.items.length !== 2) {
      typeError("state argument must be a tuple");
    }
    const [buf, flagV] = (st as PyTuple).items;
    const flag = indexArg(flagV);
    d.pendingcr = (flag & 1) !== 0;
    if (d.decoder !== None) {
      callMethod(d.decoder, "setstate", [makeTuple([buf, Math.floor(flag / 2)])]);
    }
    return None;
  },
  reset(args, kw) {
    checkArgs("reset", args, kw, 0, 0, 1);
    const d = D(args[0]);
    d.seennl = 0;
    d.pendingcr = false;
    if (d.decoder !== None) callMethod(d.decoder, "reset", []);
    return None;
  },
});
defineGetter(newlineDecoderType, "newlines", (d) => newlinesValue(D(d).seennl));
