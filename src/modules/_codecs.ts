// The `_codecs` module (CPython's Modules/_codecsmodule.c): the codec registry and the builtin
// codec functions Lib/codecs.py and Lib/encodings/*.py wrap. The algorithms live in
// src/objects/unicode_codecs.ts, shared with str.encode and bytes.decode.
import { None, type PyValue, typeOf } from "../objects/object.ts";
import { badArgName, bindArgs, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { bytesOf, PyBytes } from "../objects/bytes.ts";
import { makeTuple } from "../objects/tuple.ts";
import { pyError, PyExc_DeprecationWarning, PyExc_TypeError } from "../objects/exceptions.ts";
import { call, getAttr, isCallable } from "../objects/abstract.ts";
import { intValue } from "../objects/int.ts";
import { strValue } from "../objects/str.ts";
import { PyModule } from "../runtime/module_object.ts";
import { checkModuleArgs } from "./module_support.ts";
import { importModuleByName } from "../runtime/import.ts";
import {
  charmapBuild,
  codecDecode,
  codecEncode,
  codecState,
  codePointLength,
  decodeAscii,
  decodeCharmap,
  decodeRawUnicodeEscape,
  decodeUnicodeEscape,
  decodeUtf16,
  decodeUtf32,
  decodeUtf7,
  decodeUtf8,
  encodeCharmap,
  encodeCharset,
  encodeUnicodeEscape,
  encodeUtf16,
  encodeUtf32,
  encodeUtf7,
  encodeUtf8,
  escapeDecode,
  escapeEncode,
  type InvalidEscape,
  latin1String,
  lookupCodec,
  lookupError,
} from "../objects/unicode_codecs.ts";

type Args = PyValue[];
type Kw = readonly string[] | null;

// ---- Argument conversion (Argument Clinic's messages) -----------------------------------------

function bufferArg(v: PyValue, acceptStr = false): Uint8Array {
  const b = bytesOf(v);
  if (b !== undefined) return b;
  if (acceptStr) {
    const s = strValue(v);
    if (s !== undefined) return encodeUtf8(s, "strict");
  }
  throw pyError(PyExc_TypeError, `a bytes-like object is required, not '${typeOf(v).name}'`);
}

function strArg(fname: string, argno: number, v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() argument ${argno} must be str, not ${badArgName(v)}`,
    );
  }
  return s;
}

function errorsArg(fname: string, argno: number, v: PyValue | undefined): string {
  if (v === undefined || v === None) return "strict";
  const s = strValue(v);
  if (s === undefined) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() argument ${argno} must be str or None, not ${badArgName(v)}`,
    );
  }
  return s;
}

function intArg(v: PyValue | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = intValue(v);
  if (n === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'${typeOf(v).name}' object cannot be interpreted as an integer`,
    );
  }
  return Number(n);
}

const pair = (a: PyValue, n: number) => makeTuple([a, n]);

const checkArgs = (
  fname: string,
  args: readonly PyValue[],
  kw: readonly string[] | null,
  min: number,
  max: number,
) => checkModuleArgs("_codecs", fname, args, kw, min, max);

/** The DeprecationWarning CPython's escape decoders give for their first invalid escape. */
function warnInvalidEscape(invalid: InvalidEscape): void {
  if (invalid.message === null) return;
  const warn = getAttr(importModuleByName("_warnings"), "warn");
  call(warn, [invalid.message, PyExc_DeprecationWarning, 1], null);
}

function unicodeEscapeDecode(b: Uint8Array, errors: string, final: boolean): [string, number] {
  const invalid: InvalidEscape = { message: null };
  const r = decodeUnicodeEscape(b, errors, final, invalid);
  warnInvalidEscape(invalid);
  return r;
}

// ---- The module -------------------------------------------------------------------------------

type Impl = (args: Args, kw: Kw) => PyValue;

/** A decoder `name(data, errors=None, final=<dflt>)`. */
function decoderWithFinal(
  name: string,
  finalDefault: boolean,
  decode: (b: Uint8Array, errors: string, final: boolean) => [string, number],
  acceptStr = false,
): Impl {
  return (args, kw) => {
    checkArgs(name, args, kw, 1, 3);
    const b = bufferArg(args[0], acceptStr);
    const errors = errorsArg(name, 2, args[1]);
    const final = intArg(args[2], finalDefault ? 1 : 0) !== 0;
    const [s, consumed] = decode(b, errors, final);
    return pair(s, consumed);
  };
}

/** An encoder `name(str, errors=None)`. */
function encoder(name: string, encode: (s: string, errors: string) => Uint8Array): Impl {
  return (args, kw) => {
    checkArgs(name, args, kw, 1, 2);
    const s = strArg(name, 1, args[0]);
    const errors = errorsArg(name, 2, args[1]);
    return pair(new PyBytes(encode(s, errors)), codePointLength(s));
  };
}

/** An encoder with a byte order `name(str, errors=None, byteorder=0)`. */
function orderedEncoder(
  name: string,
  encode: (s: string, errors: string, byteorder: number) => Uint8Array,
  fixedOrder: number | null,
): Impl {
  return (args, kw) => {
    checkArgs(name, args, kw, 1, fixedOrder === null ? 3 : 2);
    const s = strArg(name, 1, args[0]);
    const errors = errorsArg(name, 2, args[1]);
    const order = fixedOrder ?? intArg(args[2], 0);
    return pair(new PyBytes(encode(s, errors, order)), codePointLength(s));
  };
}

function orderedDecoder(
  name: string,
  decode: (b: Uint8Array, errors: string, bo: number, final: boolean) => [string, number, number],
  order: number,
): Impl {
  return (args, kw) => {
    checkArgs(name, args, kw, 1, 3);
    const b = bufferArg(args[0]);
    const errors = errorsArg(name, 2, args[1]);
    const final = intArg(args[2], 0) !== 0;
    const [s, consumed] = decode(b, errors, order, final);
    return pair(s, consumed);
  };
}

function exDecoder(
  name: string,
  decode: (b: Uint8Array, errors: string, bo: number, final: boolean) => [string, number, number],
): Impl {
  return (args, kw) => {
    checkArgs(name, args, kw, 1, 4);
    const b = bufferArg(args[0]);
    const errors = errorsArg(name, 2, args[1]);
    const order = intArg(args[2], 0);
    const final = intArg(args[3], 0) !== 0;
    const [s, consumed, bo] = decode(b, errors, order, final);
    return makeTuple([s, consumed, bo]);
  };
}

export function createModule(): PyModule {
  const m = new PyModule("_codecs");
  const st = codecState();
  const def = (name: string, fn: Impl) =>
    m.dict.setStr(name, new PyBuiltinFunction(name, fn, undefined, name, "_codecs"));

  def("register", (args, kw) => {
    checkArgs("register", args, kw, 1, 1);
    if (!isCallable(args[0])) throw pyError(PyExc_TypeError, "argument must be callable");
    st.searchPath.push(args[0]);
    return None;
  });
  def("unregister", (args, kw) => {
    checkArgs("unregister", args, kw, 1, 1);
    const i = st.searchPath.indexOf(args[0]);
    if (i >= 0) {
      st.searchPath.splice(i, 1);
      st.cache.clear();
    }
    return None;
  });
  def("lookup", (args, kw) => {
    checkArgs("lookup", args, kw, 1, 1);
    const s = strValue(args[0]);
    if (s === undefined) {
      throw pyError(PyExc_TypeError, `lookup() argument must be str, not ${badArgName(args[0])}`);
    }
    return lookupCodec(s);
  });
  const encodeOrDecode = (name: string, op: typeof codecEncode): Impl => (args, kw) => {
    const [obj, enc, errs] = bindArgs(name, args, kw, ["obj", "encoding", "errors"], 1);
    const argStr = (v: PyValue | undefined, what: string, dflt: string) => {
      if (v === undefined) return dflt;
      const s = strValue(v);
      if (s === undefined) {
        throw pyError(
          PyExc_TypeError,
          `${name}() argument '${what}' must be str, not ${badArgName(v)}`,
        );
      }
      return s;
    };
    return op(obj!, argStr(enc, "encoding", "utf-8"), argStr(errs, "errors", "strict"));
  };
  def("encode", encodeOrDecode("encode", codecEncode));
  def("decode", encodeOrDecode("decode", codecDecode));

  def("register_error", (args, kw) => {
    checkArgs("register_error", args, kw, 2, 2);
    const name = strArg("register_error", 1, args[0]);
    if (!isCallable(args[1])) throw pyError(PyExc_TypeError, "handler must be callable");
    st.errorHandlers.set(name, args[1]);
    return None;
  });
  def("lookup_error", (args, kw) => {
    checkArgs("lookup_error", args, kw, 1, 1);
    const s = strValue(args[0]);
    if (s === undefined) {
      throw pyError(
        PyExc_TypeError,
        `lookup_error() argument must be str, not ${badArgName(args[0])}`,
      );
    }
    return lookupError(s);
  });

  def("utf_8_encode", encoder("utf_8_encode", encodeUtf8));
  def("utf_8_decode", decoderWithFinal("utf_8_decode", false, decodeUtf8));
  def("utf_7_encode", encoder("utf_7_encode", (s) => encodeUtf7(s)));
  def("utf_7_decode", decoderWithFinal("utf_7_decode", false, decodeUtf7));
  def("ascii_encode", encoder("ascii_encode", (s, e) => encodeCharset(s, e, 128)));
  def("latin_1_encode", encoder("latin_1_encode", (s, e) => encodeCharset(s, e, 256)));
  def("ascii_decode", (args, kw) => {
    checkArgs("ascii_decode", args, kw, 1, 2);
    const b = bufferArg(args[0]);
    return pair(decodeAscii(b, errorsArg("ascii_decode", 2, args[1])), b.length);
  });
  def("latin_1_decode", (args, kw) => {
    checkArgs("latin_1_decode", args, kw, 1, 2);
    const b = bufferArg(args[0]);
    errorsArg("latin_1_decode", 2, args[1]);
    return pair(latin1String(b), b.length);
  });

  def("utf_16_encode", orderedEncoder("utf_16_encode", encodeUtf16, null));
  def("utf_16_le_encode", orderedEncoder("utf_16_le_encode", encodeUtf16, -1));
  def("utf_16_be_encode", orderedEncoder("utf_16_be_encode", encodeUtf16, 1));
  def("utf_16_decode", orderedDecoder("utf_16_decode", decodeUtf16, 0));
  def("utf_16_le_decode", orderedDecoder("utf_16_le_decode", decodeUtf16, -1));
  def("utf_16_be_decode", orderedDecoder("utf_16_be_decode", decodeUtf16, 1));
  def("utf_16_ex_decode", exDecoder("utf_16_ex_decode", decodeUtf16));
  def("utf_32_encode", orderedEncoder("utf_32_encode", encodeUtf32, null));
  def("utf_32_le_encode", orderedEncoder("utf_32_le_encode", encodeUtf32, -1));
  def("utf_32_be_encode", orderedEncoder("utf_32_be_encode", encodeUtf32, 1));
  def("utf_32_decode", orderedDecoder("utf_32_decode", decodeUtf32, 0));
  def("utf_32_le_decode", orderedDecoder("utf_32_le_decode", decodeUtf32, -1));
  def("utf_32_be_decode", orderedDecoder("utf_32_be_decode", decodeUtf32, 1));
  def("utf_32_ex_decode", exDecoder("utf_32_ex_decode", decodeUtf32));

  def(
    "unicode_escape_encode",
    encoder("unicode_escape_encode", (s) => encodeUnicodeEscape(s, false)),
  );
  def(
    "raw_unicode_escape_encode",
    encoder("raw_unicode_escape_encode", (s) => encodeUnicodeEscape(s, true)),
  );
  def(
    "unicode_escape_decode",
    decoderWithFinal("unicode_escape_decode", true, unicodeEscapeDecode, true),
  );
  def(
    "raw_unicode_escape_decode",
    decoderWithFinal("raw_unicode_escape_decode", true, decodeRawUnicodeEscape, true),
  );

  def("charmap_encode", (args, kw) => {
    checkArgs("charmap_encode", args, kw, 1, 3);
    const s = strArg("charmap_encode", 1, args[0]);
    const errors = errorsArg("charmap_encode", 2, args[1]);
    return pair(new PyBytes(encodeCharmap(s, errors, args[2] ?? None)), codePointLength(s));
  });
  def("charmap_decode", (args, kw) => {
    checkArgs("charmap_decode", args, kw, 1, 3);
    const b = bufferArg(args[0]);
    const errors = errorsArg("charmap_decode", 2, args[1]);
    return pair(decodeCharmap(b, errors, args[2] ?? None), b.length);
  });
  def("charmap_build", (args, kw) => {
    checkArgs("charmap_build", args, kw, 1, 1);
    return charmapBuild(strArg("charmap_build", 1, args[0]));
  });

  def("escape_encode", (args, kw) => {
    checkArgs("escape_encode", args, kw, 1, 2);
    const v = args[0];
    if (!(v instanceof PyBytes)) {
      throw pyError(
        PyExc_TypeError,
        `escape_encode() argument 1 must be bytes, not ${badArgName(v)}`,
      );
    }
    errorsArg("escape_encode", 2, args[1]);
    return pair(new PyBytes(escapeEncode(v.bytes)), v.bytes.length);
  });
  def("escape_decode", (args, kw) => {
    checkArgs("escape_decode", args, kw, 1, 2);
    const b = bufferArg(args[0], true);
    const errors = args[1] === undefined || args[1] === None
      ? null
      : errorsArg("escape_decode", 2, args[1]);
    const invalid: InvalidEscape = { message: null };
    const out = escapeDecode(b, errors, invalid);
    warnInvalidEscape(invalid);
    return pair(new PyBytes(out), b.length);
  });
  def("readbuffer_encode", (args, kw) => {
    checkArgs("readbuffer_encode", args, kw, 1, 2);
    const b = bufferArg(args[0], true);
    errorsArg("readbuffer_encode", 2, args[1]);
    return pair(new PyBytes(b.slice()), b.length);
  });
  return m;
}
