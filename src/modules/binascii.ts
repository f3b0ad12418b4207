// binascii: conversions between binary data and ASCII encodings (CPython's
// Modules/binascii.c): hex, base64, uuencode, quoted-printable, CRC-32 and CRC-CCITT.
import { PyDict, PyType, type PyValue, typeType } from "../objects/object.ts";
import { pyError, PyExc_Exception, PyExc_OverflowError } from "../objects/exceptions.ts";
import { PyExc_TypeError, PyExc_ValueError } from "../objects/exceptions.ts";
import { bytesOf, PyBytes } from "../objects/bytes.ts";
import { strValue } from "../objects/str.ts";
import { makeTuple } from "../objects/tuple.ts";
import * as abs from "../objects/abstract.ts";
import { PyModule } from "../runtime/module_object.ts";
import { bufferArg, crc32, moduleFunction, parseArgs, uintMask } from "./module_support.ts";

type Args = PyValue[];
type Kw = readonly string[] | null;

/** ascii_buffer_converter: a bytes-like object or an ASCII str. */
function asciiData(v: PyValue): Uint8Array {
  const s = strValue(v);
  if (s !== undefined) {
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 0x7f) {
        throw pyError(PyExc_ValueError, "string argument should contain only ASCII characters");
      }
      out[i] = c;
    }
    return out;
  }
  const b = bytesOf(v);
  if (b !== undefined) return b;
  throw pyError(
    PyExc_TypeError,
    `argument should be bytes, buffer or ASCII string, not '${abs.typeName(v)}'`,
  );
}

/** A METH_O function's single argument ("binascii.f() takes exactly one argument"). */
function single(fname: string, args: Args, kwnames: Kw): PyValue {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `binascii.${fname}() takes no keyword arguments`);
  }
  if (args.length !== 1) {
    throw pyError(
      PyExc_TypeError,
      `binascii.${fname}() takes exactly one argument (${args.length} given)`,
    );
  }
  return args[0];
}

/** `f(data, /, *, kw=...)`: one positional argument and keyword-only flags. */
function dataAndFlags(fname: string, args: Args, kwnames: Kw, flags: string[]) {
  return parseArgs(fname, args, kwnames, ["data"], flags, 1, 1);
}

const flag = (v: PyValue | undefined, dflt: boolean) => v === undefined ? dflt : abs.isTrue(v);

/** Argument Clinic's C int. */
function cInt(v: PyValue): number {
  const n = abs.asIndex(v);
  if (typeof n === "bigint" || n > 2147483647 || n < -2147483648) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return n;
}

const bytes = (b: Uint8Array) => new PyBytes(b);

// ---- hex -------------------------------------------------------------------------------------

const HEX = "0123456789abcdef";

/** _Py_strhex with a separator every `perSep` bytes (counted from the right when positive). */
function hexlifyBytes(data: Uint8Array, sep: number, perSep: number): Uint8Array {
  const n = data.length;
  if (sep < 0 || perSep === 0 || n === 0) {
    const out = new Uint8Array(n * 2);
    for (let i = 0; i < n; i++) {
      out[2 * i] = HEX.charCodeAt(data[i] >> 4);
      out[2 * i + 1] = HEX.charCodeAt(data[i] & 15);
    }
    return out;
  }
  const group = Math.abs(perSep);
  const seps = Math.floor((n - 1) / group);
  const out = new Uint8Array(n * 2 + seps);
  // Groups start at the left (negative) or right (positive) end.
  const firstGroup = perSep < 0 ? group : n - seps * group;
  let o = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (i - firstGroup) % group === 0 && i >= firstGroup) out[o++] = sep;
    out[o++] = HEX.charCodeAt(data[i] >> 4);
    out[o++] = HEX.charCodeAt(data[i] & 15);
  }
  return out;
}

/** The separator byte of hexlify/bytes.hex, or -1 for none. */
function sepByte(sep: PyValue | undefined): number {
  if (sep === undefined) return -1;
  const s = strValue(sep);
  let code: number;
  if (s !== undefined) {
    const cp = [...s];
    if (cp.length !== 1) throw pyError(PyExc_ValueError, "sep must be length 1.");
    code = cp[0].codePointAt(0)!;
    if (code > 0xff) throw pyError(PyExc_ValueError, "sep must be ASCII.");
  } else {
    const b = bytesOf(sep);
    if (b === undefined) {
      throw pyError(PyExc_TypeError, `object of type '${abs.typeName(sep)}' has no len()`);
    }
    if (b.length !== 1) throw pyError(PyExc_ValueError, "sep must be length 1.");
    code = b[0];
  }
  return code;
}

function hexlify(fname: string) {
  return (args: Args, kwnames: Kw) => {
    const [data, sep, perSep] = parseArgs(
      fname,
      args,
      kwnames,
      [
        "data",
        "sep",
        "bytes_per_sep",
      ],
      [],
      1,
    );
    const b = bufferArg(data!);
    const s = sepByte(sep);
    const group = perSep === undefined ? 1 : cInt(perSep);
    return bytes(hexlifyBytes(b, s, group));
  };
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function unhexlify(fname: string, error: PyType) {
  return (args: Args, kwnames: Kw) => {
    const data = asciiData(single(fname, args, kwnames));
    return bytes(unhex(data, (msg) => pyError(error, msg)));
  };
}

function unhex(data: Uint8Array, fail: (msg: string) => unknown): Uint8Array {
  if (data.length % 2 !== 0) throw fail("Odd-length string");
  const out = new Uint8Array(data.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(data[2 * i]), lo = hexValue(data[2 * i + 1]);
    if (hi < 0 || lo < 0) throw fail("Non-hexadecimal digit found");
    out[i] = (hi << 4) | lo;
  }
  return out;
}

// ---- base64 ----------------------------------------------------------------------------------

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_DECODE = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_DECODE[B64.charCodeAt(i)] = i;

function b2aBase64(data: Uint8Array, newline: boolean): Uint8Array {
  const n = data.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  let o = 0, i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = B64.charCodeAt((v >> 6) & 63);
    out[o++] = B64.charCodeAt(v & 63);
  }
  if (i < n) {
    const v = (data[i] << 16) | (i + 1 < n ? data[i + 1] << 8 : 0);
    out[o++] = B64.charCodeAt(v >> 18);
    out[o++] = B64.charCodeAt((v >> 12) & 63);
    out[o++] = i + 1 < n ? B64.charCodeAt((v >> 6) & 63) : 61;
    out[o++] = 61;
  }
  if (newline) out[o++] = 10;
  return out;
}

function a2bBase64(data: Uint8Array, strict: boolean, error: PyType): Uint8Array {
  const out = new Uint8Array(Math.floor((data.length + 3) / 4) * 3);
  let o = 0;
  let quadPos = 0, leftchar = 0, pads = 0, paddingStarted = false;
  const fail = (msg: string) => pyError(error, msg);
  // Only a pad at the very start is "leading" (3.11 checks it before the loop).
  if (strict && data.length > 0 && data[0] === 61) throw fail("Leading padding not allowed");
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === 61) {
      paddingStarted = true;
      if (quadPos >= 2 && quadPos + ++pads >= 4) {
        // A complete pad sequence ends the data.
        if (strict && i + 1 < data.length) throw fail("Excess data after padding");
        return out.slice(0, o);
      }
      continue;
    }
    const v = B64_DECODE[c];
    if (v < 0) {
      if (strict) throw fail("Only base64 data is allowed");
      continue;
    }
    if (strict && paddingStarted) throw fail("Discontinuous padding not allowed");
    pads = 0;
    switch (quadPos) {
      case 0:
        quadPos = 1;
        leftchar = v;
        break;
      case 1:
        quadPos = 2;
        out[o++] = (leftchar << 2) | (v >> 4);
        leftchar = v & 0x0f;
        break;
      case 2:
        quadPos = 3;
        out[o++] = (leftchar << 4) | (v >> 2);
        leftchar = v & 0x03;
        break;
      default:
        quadPos = 0;
        out[o++] = (leftchar << 6) | v;
        leftchar = 0;
    }
  }
  if (quadPos === 1) {
    throw fail(
      `Invalid base64-encoded string: number of data characters (${
        Math.floor(o / 3) * 4 + 1
      }) cannot be 1 more than a multiple of 4`,
    );
  }
  if (quadPos !== 0) throw fail("Incorrect padding");
  return out.slice(0, o);
}

// ---- uuencode --------------------------------------------------------------------------------

function a2bUu(data: Uint8Array, error: PyType): Uint8Array {
  // An empty line reads as its NUL terminator, as the C code does.
  let binLen = ((data.length > 0 ? data[0] : 0) - 32) & 63;
  const out = new Uint8Array(binLen);
  let o = 0, i = 1, left = data.length - 1;
  let leftbits = 0, leftchar = 0;
  for (; binLen > 0; left--, i++) {
    let c = left > 0 ? data[i] : 0;
    if (c === 10 || c === 13 || left <= 0) c = 0;
    else {
      // '@'-style zeros (' ' + 64) are accepted besides ' '.
      if (c < 32 || c > 96) throw pyError(error, "Illegal char");
      c = (c - 32) & 63;
    }
    leftchar = (leftchar << 6) | c;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out[o++] = (leftchar >> leftbits) & 0xff;
      leftchar &= (1 << leftbits) - 1;
      binLen--;
    }
  }
  for (; left > 0; left--, i++) {
    const c = data[i];
    if (c !== 32 && c !== 96 && c !== 10 && c !== 13) throw pyError(error, "Trailing garbage");
  }
  return out;
}

function b2aUu(data: Uint8Array, backtick: boolean, error: PyType): Uint8Array {
  if (data.length > 45) throw pyError(error, "At most 45 bytes at once");
  const out: number[] = [];
  const ch = (v: number) => backtick && v === 0 ? 96 : 32 + v;
  out.push(ch(data.length & 63));
  let leftbits = 0, leftchar = 0;
  for (let i = 0, n = data.length; n > 0 || leftbits !== 0; n--, i++) {
    leftchar = n > 0 ? (leftchar << 8) | data[i] : leftchar << 8;
    leftbits += 8;
    while (leftbits >= 6) {
      out.push(ch((leftchar >> (leftbits - 6)) & 0x3f));
      leftbits -= 6;
    }
    leftchar &= (1 << leftbits) - 1;
  }
  out.push(10);
  return Uint8Array.from(out);
}

// ---- quoted-printable ------------------------------------------------------------------------

const MAXLINESIZE = 76;
const UPPER_HEX = "0123456789ABCDEF";

function a2bQp(data: Uint8Array, header: boolean): Uint8Array {
  const out = new Uint8Array(data.length);
  let o = 0, i = 0;
  const n = data.length;
  while (i < n) {
    const c = data[i];
    if (c === 61) {
      i++;
      if (i >= n) break;
      if (data[i] === 10 || data[i] === 13) {
        // Soft line break.
        if (data[i] !== 10) { while (i < n && data[i] !== 10) i++; }
        if (i < n) i++;
      } else if (data[i] === 61) {
        out[o++] = 61;
        i++;
      } else if (i + 1 < n && hexValue(data[i]) >= 0 && hexValue(data[i + 1]) >= 0) {
        out[o++] = (hexValue(data[i]) << 4) | hexValue(data[i + 1]);
        i += 2;
      } else out[o++] = 61;
    } else if (header && c === 95) {
      out[o++] = 32;
      i++;
    } else {
      out[o++] = c;
      i++;
    }
  }
  return out.slice(0, o);
}

function b2aQp(data: Uint8Array, quotetabs: boolean, istext: boolean, header: boolean) {
  const n = data.length;
  const nl = data.indexOf(10);
  const crlf = nl > 0 && data[nl - 1] === 13;
  const out: number[] = [];
  let linelen = 0, i = 0;
  const softBreak = () => {
    out.push(61);
    if (crlf) out.push(13);
    out.push(10);
    linelen = 0;
  };
  while (i < n) {
    const c = data[i];
    const next = i + 1 < n ? data[i + 1] : -1;
    const mustEncode = c > 126 || c === 61 || (header && c === 95) ||
      (c === 46 && linelen === 0 && (i + 1 === n || next === 10 || next === 13 || next === 0)) ||
      (!istext && (c === 13 || c === 10)) ||
      ((c === 9 || c === 32) && i + 1 === n) ||
      (c < 33 && c !== 13 && c !== 10 && (quotetabs || (c !== 9 && c !== 32)));
    if (mustEncode) {
      if (linelen + 3 >= MAXLINESIZE) softBreak();
      out.push(61, UPPER_HEX.charCodeAt(c >> 4), UPPER_HEX.charCodeAt(c & 15));
      i++;
      linelen += 3;
    } else if (istext && (c === 10 || (i + 1 < n && c === 13 && next === 10))) {
      linelen = 0;
      // Whitespace before a line end is protected.
      const last = out.length > 0 ? out[out.length - 1] : -1;
      if (last === 32 || last === 9) {
        out[out.length - 1] = 61;
        out.push(UPPER_HEX.charCodeAt(last >> 4), UPPER_HEX.charCodeAt(last & 15));
      }
      if (crlf) out.push(13);
      out.push(10);
      i += c === 13 ? 2 : 1;
    } else {
      if (i + 1 !== n && next !== 10 && linelen + 1 >= MAXLINESIZE) softBreak();
      linelen++;
      out.push(header && c === 32 ? 95 : c);
      i++;
    }
  }
  return Uint8Array.from(out);
}

// ---- CRCs ------------------------------------------------------------------------------------

const CRC_HQX_TABLE = new Uint16Array(256);
for (let n = 0; n < 256; n++) {
  let c = n << 8;
  for (let k = 0; k < 8; k++) c = c & 0x8000 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
  CRC_HQX_TABLE[n] = c;
}

function crcHqx(data: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < data.length; i++) {
    c = ((c << 8) & 0xff00) ^ CRC_HQX_TABLE[(c >> 8) ^ data[i]];
  }
  return c;
}

// ---- Module ----------------------------------------------------------------------------------

function newException(name: string, base: PyType): PyType {
  const ns = new PyDict();
  ns.setStr("__module__", "binascii");
  return abs.call(typeType, [name, makeTuple([base]), ns], null) as PyType;
}

export function createModule(): PyModule {
  const m = new PyModule("binascii");
  const d = m.dict;
  const error = newException("Error", PyExc_ValueError);
  const incomplete = newException("Incomplete", PyExc_Exception);
  const fn = (name: string, f: (args: Args, kw: Kw) => PyValue) =>
    d.setStr(name, moduleFunction("binascii", name, f));

  d.setStr("Error", error);
  d.setStr("Incomplete", incomplete);
  fn("hexlify", hexlify("hexlify"));
  fn("b2a_hex", hexlify("b2a_hex"));
  fn("unhexlify", unhexlify("unhexlify", error));
  fn("a2b_hex", unhexlify("a2b_hex", error));
  fn("b2a_base64", (args, kwnames) => {
    const [data, newline] = dataAndFlags("b2a_base64", args, kwnames, ["newline"]);
    return bytes(b2aBase64(bufferArg(data!), flag(newline, true)));
  });
  fn("a2b_base64", (args, kwnames) => {
    const [data, strict] = dataAndFlags("a2b_base64", args, kwnames, ["strict_mode"]);
    return bytes(a2bBase64(asciiData(data!), flag(strict, false), error));
  });
  fn("b2a_uu", (args, kwnames) => {
    const [data, backtick] = dataAndFlags("b2a_uu", args, kwnames, ["backtick"]);
    return bytes(b2aUu(bufferArg(data!), flag(backtick, false), error));
  });
  fn("a2b_uu", (args, kwnames) => bytes(a2bUu(asciiData(single("a2b_uu", args, kwnames)), error)));
  fn("a2b_qp", (args, kwnames) => {
    const [data, header] = parseArgs("a2b_qp", args, kwnames, ["data", "header"], [], 1);
    return bytes(a2bQp(asciiData(data!), flag(header, false)));
  });
  fn("b2a_qp", (args, kwnames) => {
    const [data, quotetabs, istext, header] = parseArgs(
      "b2a_qp",
      args,
      kwnames,
      [
        "data",
        "quotetabs",
        "istext",
        "header",
      ],
      [],
      1,
    );
    return bytes(
      b2aQp(bufferArg(data!), flag(quotetabs, false), flag(istext, true), flag(header, false)),
    );
  });
  fn("crc32", (args, kwnames) => {
    parseArgs("crc32", args, kwnames, ["data", "crc"], [], 1, 2, 0, {
      qualified: "binascii.crc32",
    });
    return crc32(bufferArg(args[0]), args.length > 1 ? uintMask(args[1]) : 0);
  });
  fn("crc_hqx", (args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) {
      throw pyError(PyExc_TypeError, "binascii.crc_hqx() takes no keyword arguments");
    }
    if (args.length !== 2) {
      throw pyError(PyExc_TypeError, `crc_hqx expected 2 arguments, got ${args.length}`);
    }
    return crcHqx(bufferArg(args[0]), uintMask(args[1]));
  });
  return m;
}
