// String formatting: the format() mini-language for int/float/str (CPython's
// Python/formatter_unicode.c), printf-style `%` formatting (unicodeobject.c's PyUnicode_Format)
// and str.format's field parser (Objects/stringlib/unicode_format.h).
import { PyFloat, type PyValue, typeOf } from "./object.ts";
import {
  keyError,
  pyError,
  PyExc_IndexError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
} from "./exceptions.ts";
import { ascii, asIndex, format, getAttr, getItem, lookupSpecial, repr, str } from "./abstract.ts";
import { floatToInt, intToBase, intToDecimal, intToFloat, intValue } from "./int.ts";
import { decompose, floatRepr, formatFixedExact, toFloat } from "./float.ts";
import { PyTuple } from "./tuple.ts";
import { cpLength, strValue } from "./str.ts";
import { PyDict } from "./object.ts";

export interface FormatSpec {
  fill: string;
  align: string; // "", "<", ">", "=", "^"
  sign: string; // "", "+", "-", " "
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string; // "", ",", "_"
  precision: number; // -1 when absent
  type: string; // "" when absent
}

export function parseFormatSpec(spec: string, typeName = "object"): FormatSpec {
  const out: FormatSpec = {
    fill: " ",
    align: "",
    sign: "",
    z: false,
    alt: false,
    zero: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: "",
  };
  const chars = [...spec];
  let i = 0;
  const isAlign = (c: string | undefined) => c === "<" || c === ">" || c === "=" || c === "^";
  if (chars.length >= 2 && isAlign(chars[1])) {
    out.fill = chars[0];
    out.align = chars[1];
    i = 2;
  } else if (isAlign(chars[0])) {
    out.align = chars[0];
    i = 1;
  }
  if (chars[i] === "+" || chars[i] === "-" || chars[i] === " ") out.sign = chars[i++];
  if (chars[i] === "z") {
    out.z = true;
    i++;
  }
  if (chars[i] === "#") {
    out.alt = true;
    i++;
  }
  if (chars[i] === "0") {
    out.zero = true;
    if (out.align === "") {
      out.fill = "0";
      out.align = "=";
    }
    i++;
  }
  let w = "";
  while (i < chars.length && chars[i] >= "0" && chars[i] <= "9") w += chars[i++];
  if (w !== "") out.width = Number(w);
  if (chars[i] === "," || chars[i] === "_") {
    out.grouping = chars[i++];
    if (chars[i] === "," || chars[i] === "_") {
      throw pyError(PyExc_ValueError, "Cannot specify both ',' and '_'.");
    }
  }
  if (chars[i] === ".") {
    i++;
    let p = "";
    while (i < chars.length && chars[i] >= "0" && chars[i] <= "9") p += chars[i++];
    if (p === "") throw pyError(PyExc_ValueError, "Format specifier missing precision");
    out.precision = Number(p);
  }
  if (i < chars.length) out.type = chars[i++];
  if (i < chars.length) {
    throw pyError(
      PyExc_ValueError,
      `Invalid format specifier '${spec}' for object of type '${typeName}'`,
    );
  }
  // As CPython's parser: a thousands separator goes only with decimal and float types ('_'
  // also with b/o/x/X), whatever the object.
  const t = out.type;
  if (
    out.grouping !== "" && t !== "" && !"deEfFgG%".includes(t) &&
    !(out.grouping === "_" && "boxX".includes(t))
  ) {
    throw pyError(PyExc_ValueError, `Cannot specify '${out.grouping}' with '${t}'.`);
  }
  return out;
}

/** Inserts grouping separators every `every` digits into a run of digits. */
function group(digits: string, sep: string, every: number): string {
  if (sep === "") return digits;
  let out = "";
  for (let i = digits.length; i > 0; i -= every) {
    const start = Math.max(0, i - every);
    out = digits.slice(start, i) + (out === "" ? "" : sep + out);
  }
  return out;
}

/** Pads `sign + body` to the spec's width with its fill and alignment. */
function pad(sign: string, body: string, spec: FormatSpec, defaultAlign: string): string {
  const total = cpLength(sign) + cpLength(body);
  const align = spec.align === "" ? defaultAlign : spec.align;
  if (spec.width <= total) return sign + body;
  const n = spec.width - total;
  const f = spec.fill;
  switch (align) {
    case "<":
      return sign + body + f.repeat(n);
    case "^": {
      const left = Math.floor(n / 2);
      return f.repeat(left) + sign + body + f.repeat(n - left);
    }
    case "=":
      return sign + f.repeat(n) + body;
    default:
      return f.repeat(n) + sign + body;
  }
}

/** Zero padding with grouping: '0' fill in '=' mode groups the padding too (format(1234, '09,')). */
function padNumber(
  sign: string,
  intDigits: string,
  rest: string,
  spec: FormatSpec,
  sepEvery: number,
): string {
  if (spec.grouping !== "" && spec.fill === "0" && spec.align === "=" && spec.width > 0) {
    const needed = spec.width - cpLength(sign) - cpLength(rest);
    let digits = intDigits;
    while (group(digits, spec.grouping, sepEvery).length < needed) digits = "0" + digits;
    return sign + group(digits, spec.grouping, sepEvery) + rest;
  }
  return pad(sign, group(intDigits, spec.grouping, sepEvery) + rest, spec, ">");
}

function signOf(neg: boolean, spec: FormatSpec): string {
  if (neg) return "-";
  if (spec.sign === "+") return "+";
  if (spec.sign === " ") return " ";
  return "";
}

export function formatIntWithSpec(v: number | bigint, specText: string, typeName = "int"): string {
  const spec = parseFormatSpec(specText, typeName);
  const t = spec.type;
  if ("eEfFgG%".includes(t) && t !== "") return formatFloatSpec(intToFloat(v), spec);
  if (t !== "" && !"bcdoxXn".includes(t)) {
    throw pyError(PyExc_ValueError, `Unknown format code '${t}' for object of type '${typeName}'`);
  }
  if (spec.precision >= 0) {
    throw pyError(PyExc_ValueError, "Precision not allowed in integer format specifier");
  }
  if (spec.z) {
    throw pyError(
      PyExc_ValueError,
      "Negative zero coercion (z) not allowed in integer format specifier",
    );
  }
  const neg = v < 0;
  const abs = neg ? -(typeof v === "bigint" ? v : BigInt(v)) : v;
  let digits: string;
  let prefix = "";
  let every = 3;
  switch (t) {
    case "":
    case "d":
    case "n":
      digits = typeof abs === "bigint" ? intToDecimal(abs) : abs.toString();
      break;
    case "b":
      digits = abs.toString(2);
      prefix = spec.alt ? "0b" : "";
      every = 4;
      break;
    case "o":
      digits = abs.toString(8);
      prefix = spec.alt ? "0o" : "";
      every = 4;
      break;
    case "x":
      digits = abs.toString(16);
      prefix = spec.alt ? "0x" : "";
      every = 4;
      break;
    case "X":
      digits = abs.toString(16).toUpperCase();
      prefix = spec.alt ? "0X" : "";
      every = 4;
      break;
    case "c": {
      if (spec.sign !== "") {
        throw pyError(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'");
      }
      if (spec.alt) {
        throw pyError(
          PyExc_ValueError,
          "Alternate form (#) not allowed with integer format specifier 'c'",
        );
      }
      if (v < 0 || v > 0x10ffff) {
        throw pyError(PyExc_OverflowError, "%c arg not in range(0x110000)");
      }
      return pad("", String.fromCodePoint(Number(v)), spec, "<");
    }
    default:
      throw pyError(
        PyExc_ValueError,
        `Unknown format code '${t}' for object of type '${typeName}'`,
      );
  }
  if (spec.grouping === "," && every === 4) {
    throw pyError(PyExc_ValueError, `Cannot specify ',' with '${t}'.`);
  }
  return padNumber(signOf(neg, spec) + prefix, digits, "", spec, every);
}

/** Digits for 'e' formatting: mantissa digit string (prec+1 digits) and decimal exponent. */
export function exponentDigits(x: number, prec: number): [string, number] {
  if (x === 0) return ["0".repeat(prec + 1), 0];
  const [mant, e2] = decompose(x);
  let exp = Math.floor(Math.log10(x));
  for (;;) {
    const k = prec - exp;
    let num = mant, den = 1n;
    if (k >= 0) num *= 10n ** BigInt(k);
    else den *= 10n ** BigInt(-k);
    if (e2 >= 0) num <<= BigInt(e2);
    else den <<= BigInt(-e2);
    let q = num / den;
    const r = num % den;
    const twice = 2n * r;
    if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
    const s = q.toString();
    if (s.length === prec + 2) {
      exp++;
      continue;
    }
    if (s.length < prec + 1) {
      exp--;
      continue;
    }
    return [s, exp];
  }
}

function expString(exp: number, upper: boolean): string {
  const a = Math.abs(exp);
  return (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" + a : String(a));
}

/** The body (no sign) of a finite non-negative float in one of the float presentation types. */
function floatBody(x: number, type: string, prec: number, alt: boolean): string {
  switch (type) {
    case "f":
    case "F":
    case "%": {
      const s = formatFixedExact(x, prec);
      return alt && prec === 0 ? s + "." : s;
    }
    case "e":
    case "E": {
      const [d, exp] = exponentDigits(x, prec);
      const mant = prec === 0 ? d + (alt ? "." : "") : d[0] + "." + d.slice(1);
      return mant + expString(exp, type === "E");
    }
    case "g":
    case "G":
    case "": {
      // General format; "" (no type, precision given) keeps at least one digit after the point.
      const p = prec === 0 ? 1 : prec;
      const [, exp] = x === 0 ? ["0", 0] : exponentDigits(x, p - 1);
      let s: string;
      if (exp >= -4 && exp < p) {
        s = formatFixedExact(x, p - 1 - exp);
        if (!alt && s.includes(".")) s = s.replace(/0+$/, "").replace(/\.$/, "");
        if (type === "" && !s.includes(".")) s += ".0";
        else if (alt && !s.includes(".")) s += ".";
      } else {
        const [d] = exponentDigits(x, p - 1);
        let mant = p - 1 === 0 ? d : d[0] + "." + d.slice(1);
        if (!alt && mant.includes(".")) mant = mant.replace(/0+$/, "").replace(/\.$/, "");
        else if (alt && !mant.includes(".")) mant += ".";
        s = mant + expString(exp, type === "G");
      }
      return s;
    }
  }
  throw new Error("unreachable");
}

export function formatFloatWithSpec(x: number, specText: string): string {
  if (specText === "") return floatRepr(x);
  return formatFloatSpec(x, parseFormatSpec(specText, "float"));
}

function formatFloatSpec(x: number, spec: FormatSpec): string {
  let t = spec.type;
  if (!"eEfFgGn%".includes(t) || (t === "" && false)) {
    throw pyError(PyExc_ValueError, `Unknown format code '${t}' for object of type 'float'`);
  }
  if (t === "n") t = "g";
  let neg = x < 0 || Object.is(x, -0);
  let ax = Math.abs(x);
  if (t === "%") ax *= 100;
  let body: string;
  if (Number.isNaN(x)) {
    body = "nan";
    neg = false;
  } else if (!Number.isFinite(ax)) body = "inf";
  else if (t === "" && spec.precision < 0) {
    body = floatRepr(ax);
  } else {
    const prec = spec.precision < 0 ? 6 : spec.precision;
    body = floatBody(ax, t, prec, spec.alt);
    if (spec.z && neg && /^[0.]*$/.test(body.replace(/e.*$/i, "").replace(/[^0-9.]/g, ""))) {
      neg = false;
    }
  }
  if ("FEG".includes(t) && t !== "") body = body.toUpperCase();
  if (t === "%") body += "%";
  // Split into integer digits and the rest for grouping.
  const m = /^(\d*)(.*)$/.exec(body)!;
  return padNumber(signOf(neg, spec), m[1], m[2], spec, 3);
}

export function formatStrWithSpec(s: string, specText: string): string {
  const spec = parseFormatSpec(specText, "str");
  if (spec.type !== "" && spec.type !== "s") {
    throw pyError(PyExc_ValueError, `Unknown format code '${spec.type}' for object of type 'str'`);
  }
  if (spec.z) {
    throw pyError(
      PyExc_ValueError,
      "Negative zero coercion (z) not allowed in string format specifier",
    );
  }
  if (spec.sign !== "") {
    throw pyError(PyExc_ValueError, "Sign not allowed in string format specifier");
  }
  if (spec.alt) {
    throw pyError(PyExc_ValueError, "Alternate form (#) not allowed in string format specifier");
  }
  if (spec.align === "=") {
    throw pyError(PyExc_ValueError, "'=' alignment not allowed in string format specifier");
  }
  if (spec.grouping !== "") {
    throw pyError(PyExc_ValueError, `Cannot specify '${spec.grouping}' with 's'.`);
  }
  let body = s;
  if (spec.precision >= 0 && cpLength(s) > spec.precision) {
    body = [...s].slice(0, spec.precision).join("");
  }
  return pad("", body, spec, "<");
}

// ---- printf-style formatting ('%' operator) ---------------------------------------------------

/** `fmt % args` for str. */
export function percentFormat(fmt: string, args: PyValue): string {
  let items: readonly PyValue[];
  let mapping: PyValue | null = null;
  if (args instanceof PyTuple) items = args.items;
  else {
    items = [args];
    if (
      !(typeof args === "string") && typeof args === "object" &&
      lookupSpecial(args, "__getitem__") !== undefined && !(args instanceof PyTuple) &&
      strValue(args) === undefined
    ) mapping = args;
  }
  let argi = 0;
  const nextArg = (): PyValue => {
    if (argi >= items.length) {
      throw pyError(PyExc_TypeError, "not enough arguments for format string");
    }
    return items[argi++];
  };
  let out = "";
  let i = 0;
  const n = fmt.length;
  let usedMapping = false;
  while (i < n) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= n) throw pyError(PyExc_ValueError, "incomplete format");
    let key: string | null = null;
    if (fmt[i] === "(") {
      let depth = 1;
      const start = ++i;
      while (i < n && depth > 0) {
        if (fmt[i] === "(") depth++;
        else if (fmt[i] === ")") depth--;
        i++;
      }
      if (depth > 0) throw pyError(PyExc_ValueError, "incomplete format key");
      key = fmt.slice(start, i - 1);
    }
    let flags = "";
    while (i < n && "-+ #0".includes(fmt[i])) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === "*") {
      width = Number(asIndex(nextArg()));
      i++;
      if (width < 0) {
        flags += "-";
        width = -width;
      }
    } else {
      let w = "";
      while (i < n && fmt[i] >= "0" && fmt[i] <= "9") w += fmt[i++];
      if (w !== "") width = Number(w);
    }
    let prec = -1;
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        prec = Number(asIndex(nextArg()));
        i++;
      } else {
        let p = "";
        while (i < n && fmt[i] >= "0" && fmt[i] <= "9") p += fmt[i++];
        prec = p === "" ? 0 : Number(p);
      }
    }
    while (i < n && "hlL".includes(fmt[i])) i++;
    if (i >= n) throw pyError(PyExc_ValueError, "incomplete format");
    const conv = fmt[i++];
    if (conv === "%") {
      out += "%";
      continue;
    }
    let value: PyValue;
    if (key !== null) {
      if (mapping === null) throw pyError(PyExc_TypeError, "format requires a mapping");
      value = getItem(mapping, key);
      usedMapping = true;
    } else value = nextArg();
    out += percentOne(conv, value, flags, width, prec, pct);
  }
  if (argi < items.length && !usedMapping && mapping === null) {
    throw pyError(PyExc_TypeError, "not all arguments converted during string formatting");
  }
  return out;
}

function percentOne(
  conv: string,
  value: PyValue,
  flags: string,
  width: number,
  prec: number,
  index: number,
): string {
  const left = flags.includes("-");
  const zero = flags.includes("0") && !left;
  const signFlag = flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  const alt = flags.includes("#");
  const padTo = (sign: string, body: string, numeric: boolean): string => {
    const len = cpLength(sign) + cpLength(body);
    if (width <= len) return sign + body;
    const fill = width - len;
    if (left) return sign + body + " ".repeat(fill);
    if (zero && numeric) return sign + "0".repeat(fill) + body;
    return " ".repeat(fill) + sign + body;
  };
  switch (conv) {
    case "s":
    case "r":
    case "a": {
      let s = conv === "s" ? str(value) : conv === "r" ? repr(value) : ascii(value);
      if (prec >= 0) s = [...s].slice(0, prec).join("");
      return padTo("", s, false);
    }
    case "d":
    case "i":
    case "u": {
      let v = intValue(value);
      if (v === undefined) {
        if (value instanceof PyFloat) v = floatToInt(value.value);
        else if (
          lookupSpecial(value, "__int__") !== undefined ||
          lookupSpecial(value, "__index__") !== undefined
        ) {
          v = asIndex(value);
        } else {
          throw pyError(
            PyExc_TypeError,
            `%${conv} format: a real number is required, not ${typeOf(value).name}`,
          );
        }
      }
      const neg = v < 0;
      let digits = (neg ? -(typeof v === "bigint" ? v : BigInt(v)) : v).toString();
      if (prec > 0) digits = digits.padStart(prec, "0");
      return padTo(neg ? "-" : signFlag, digits, true);
    }
    case "x":
    case "X":
    case "o": {
      const v = intValue(value) ??
        (lookupSpecial(value, "__index__") !== undefined ? asIndex(value) : undefined);
      if (v === undefined) {
        throw pyError(
          PyExc_TypeError,
          `%${conv} format: an integer is required, not ${typeOf(value).name}`,
        );
      }
      const neg = v < 0;
      let digits = intToBase(
        neg ? -(typeof v === "bigint" ? v : BigInt(v)) : v,
        conv === "o" ? 8 : 16,
        false,
      );
      if (conv === "X") digits = digits.toUpperCase();
      if (prec > 0) digits = digits.padStart(prec, "0");
      const prefix = alt ? (conv === "o" ? "0o" : conv === "x" ? "0x" : "0X") : "";
      return padTo((neg ? "-" : signFlag) + prefix, digits, true);
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      let x: number;
      if (value instanceof PyFloat) x = value.value;
      else {
        const iv = intValue(value);
        if (iv !== undefined) x = intToFloat(iv);
        else if (lookupSpecial(value, "__float__") !== undefined) x = toFloat(value);
        else {
          throw pyError(
            PyExc_TypeError,
            `must be real number, not ${typeOf(value).name}`,
          );
        }
      }
      const p = prec < 0 ? 6 : prec;
      const neg = x < 0 || Object.is(x, -0);
      let body: string;
      if (Number.isNaN(x)) body = "nan";
      else if (!Number.isFinite(x)) body = "inf";
      else body = floatBody(Math.abs(x), conv.toLowerCase(), p, alt);
      if (conv === "E" || conv === "F" || conv === "G") body = body.toUpperCase();
      return padTo(neg && !Number.isNaN(x) ? "-" : signFlag, body, Number.isFinite(x));
    }
    case "c": {
      let ch: string;
      if (typeof value === "string") {
        if (cpLength(value) !== 1) throw pyError(PyExc_TypeError, "%c requires int or char");
        ch = value;
      } else {
        const v = intValue(value);
        if (v === undefined) throw pyError(PyExc_TypeError, "%c requires int or char");
        if (v < 0 || v > 0x10ffff) {
          throw pyError(PyExc_OverflowError, "%c arg not in range(0x110000)");
        }
        ch = String.fromCodePoint(Number(v));
      }
      return padTo("", ch, false);
    }
  }
  const code = conv.codePointAt(0)!;
  throw pyError(
    PyExc_ValueError,
    `unsupported format character '${conv}' (0x${code.toString(16)}) at index ${index + 1 + 0}`,
  );
}

// ---- str.format -------------------------------------------------------------------------------

/** str.format(*args, **kwargs) / format_map. */
export function strFormat(
  fmt: string,
  args: readonly PyValue[],
  kwargs: PyValue | null,
  depth = 2,
): string {
  let auto = 0;
  let mode: "" | "auto" | "manual" = "";
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i];
    if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw pyError(PyExc_ValueError, "Single '}' encountered in format string");
    }
    if (c !== "{") {
      out += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    // Parse a replacement field up to its matching '}'.
    let j = i + 1;
    let nest = 1;
    let field = "";
    while (j < n) {
      if (fmt[j] === "{") nest++;
      else if (fmt[j] === "}") {
        nest--;
        if (nest === 0) break;
      }
      field += fmt[j++];
    }
    if (j >= n) throw pyError(PyExc_ValueError, "Single '{' encountered in format string");
    i = j + 1;
    // Split name[!conv][:spec]; the name part ends at the first ! or : outside brackets.
    let k = 0;
    let inBracket = false;
    while (k < field.length) {
      const ch = field[k];
      if (ch === "[") inBracket = true;
      else if (ch === "]") inBracket = false;
      else if (!inBracket && (ch === "!" || ch === ":")) break;
      k++;
    }
    const name = field.slice(0, k);
    let conv = "";
    let spec = "";
    if (field[k] === "!") {
      conv = field[k + 1] ?? "";
      if (field[k + 2] !== undefined && field[k + 2] !== ":") {
        throw pyError(PyExc_ValueError, "expected ':' after conversion specifier");
      }
      if (conv === "" || conv === ":") {
        throw pyError(PyExc_ValueError, "end of string while looking for conversion specifier");
      }
      spec = field.slice(k + 3);
    } else if (field[k] === ":") spec = field.slice(k + 1);
    // Resolve the field name: first part is an index or keyword, then .attr / [key] parts.
    const m = /^([^.[]*)(.*)$/.exec(name)!;
    const first = m[1];
    let value: PyValue;
    if (first === "" || /^\d+$/.test(first)) {
      let index: number;
      if (first === "") {
        if (mode === "manual") {
          throw pyError(
            PyExc_ValueError,
            "cannot switch from manual field specification to automatic field numbering",
          );
        }
        mode = "auto";
        index = auto++;
      } else {
        if (mode === "auto") {
          throw pyError(
            PyExc_ValueError,
            "cannot switch from automatic field numbering to manual field specification",
          );
        }
        mode = "manual";
        index = Number(first);
      }
      if (index >= args.length) {
        throw pyError(
          PyExc_IndexError,
          `Replacement index ${index} out of range for positional args tuple`,
        );
      }
      value = args[index];
    } else {
      if (kwargs === null) throw keyError(first);
      if (kwargs instanceof PyDict && kwargs.cls.name === "dict") {
        const v = kwargs.get(first);
        if (v === undefined) throw keyError(first);
        value = v;
      } else value = getItem(kwargs, first);
    }
    let rest = m[2];
    while (rest !== "") {
      const attr = /^\.([^.[]+)/.exec(rest);
      if (attr !== null) {
        value = getAttr(value, attr[1]);
        rest = rest.slice(attr[0].length);
        continue;
      }
      const item = /^\[([^\]]+)\]/.exec(rest);
      if (item !== null) {
        const key = /^\d+$/.test(item[1]) ? Number(item[1]) : item[1];
        value = getItem(value, key);
        rest = rest.slice(item[0].length);
        continue;
      }
      throw pyError(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (conv === "r") value = repr(value);
    else if (conv === "s") value = str(value);
    else if (conv === "a") value = ascii(value);
    else if (conv !== "") {
      throw pyError(PyExc_ValueError, `Unknown conversion specifier ${conv}`);
    }
    if (spec.includes("{")) {
      if (depth <= 0) throw pyError(PyExc_ValueError, "Max string recursion exceeded");
      // Nested fields share the automatic numbering of the outer string.
      const nestedArgs = args.slice(auto);
      const before = nestedArgs.length;
      void before;
      spec = strFormatNested(spec, args, kwargs, () => {
        if (mode === "manual") {
          throw pyError(
            PyExc_ValueError,
            "cannot switch from manual field specification to automatic field numbering",
          );
        }
        mode = "auto";
        return auto++;
      }, depth - 1);
    }
    out += format(value, spec);
  }
  return out;
}

function strFormatNested(
  spec: string,
  args: readonly PyValue[],
  kwargs: PyValue | null,
  nextAuto: () => number,
  depth: number,
): string {
  return spec.replace(/\{([^{}]*)\}/g, (_m, name: string) => {
    if (name === "") {
      const idx = nextAuto();
      if (idx >= args.length) {
        throw pyError(
          PyExc_IndexError,
          `Replacement index ${idx} out of range for positional args tuple`,
        );
      }
      return format(args[idx], "");
    }
    return strFormat(`{${name}}`, args, kwargs, depth);
  });
}
