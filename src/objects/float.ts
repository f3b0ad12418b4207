// float: IEEE doubles, boxed in PyFloat (object.ts) so they stay distinct from ints.
// CPython's Objects/floatobject.c; repr follows float_repr_style 'short' (shortest round-trip).
import {
  bindArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
} from "./builtin_function.ts";
import {
  floatType,
  None,
  NotImplemented,
  PyFloat,
  PyType,
  type PyValue,
  typeOf,
} from "./object.ts";
import {
  pyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
} from "./exceptions.ts";
import { BinaryOp, CompareOp } from "../compiler/opcodes.ts";
import { makeTuple } from "./tuple.ts";
import { asIndex, call, callSpecial, lookupSpecial, repr, str } from "./abstract.ts";
import { compareNumbers, floatToInt, intHashExact, intToFloat, intValue } from "./int.ts";
import { formatFloatWithSpec } from "./str_format.ts";
import { PyComplex } from "./complex.ts";
import { PyStr } from "./str.ts";
import { PyBytes } from "./bytes.ts";

export function makeFloat(x: number): PyFloat {
  return new PyFloat(x);
}

floatType.allocate = (cls) => new PyFloat(0, cls);

/** The float value of a float, int or bool (for mixed arithmetic); undefined otherwise. */
export function floatValue(v: PyValue): number | undefined {
  if (v instanceof PyFloat) return v.value;
  const i = intValue(v);
  return i === undefined ? undefined : intToFloat(i);
}

// ---- repr ------------------------------------------------------------------------------------

/** Shortest round-trip digits and decimal exponent: x = 0.d1d2... * 10**exp10 form as "d", e. */
export function shortestDigits(x: number): { digits: string; exp: number } {
  // toExponential() without an argument yields the shortest digits that round-trip.
  const s = Math.abs(x).toExponential();
  const e = s.indexOf("e");
  const digits = s.slice(0, e).replace(".", "");
  return { digits, exp: Number(s.slice(e + 1)) };
}

/** repr(float) exactly as CPython: 1.0, 1e+16, 1e-05, 0.0001, inf, nan, -0.0. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return Object.is(x, -0) ? "-0.0" : "0.0";
  const { digits, exp } = shortestDigits(x);
  const sign = x < 0 ? "-" : "";
  if (exp >= -4 && exp < 16) {
    let out: string;
    if (exp >= 0) {
      const intPart = digits.length > exp + 1
        ? digits.slice(0, exp + 1)
        : digits.padEnd(exp + 1, "0");
      const frac = digits.length > exp + 1 ? digits.slice(exp + 1) : "0";
      out = `${intPart}.${frac}`;
    } else out = "0." + "0".repeat(-exp - 1) + digits;
    return sign + out;
  }
  const mant = digits.length === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
  const es = Math.abs(exp) < 10 ? "0" + Math.abs(exp) : String(Math.abs(exp));
  return `${sign}${mant}e${exp < 0 ? "-" : "+"}${es}`;
}

// ---- Arithmetic --------------------------------------------------------------------------------

/** CPython's float divmod: (floor quotient, modulo with the divisor's sign). */
export function floatDivMod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if ((b < 0) !== (mod < 0)) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 ? -0 : 0;
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = (a / b) < 0 || Object.is(a / b, -0) ? -0 : 0;
  return [floordiv, mod];
}

function floatPow(a: number, b: number): PyValue {
  if (b === 0) return makeFloat(1);
  if (a === 1) return makeFloat(1);
  if (Number.isNaN(a) || Number.isNaN(b)) return makeFloat(NaN);
  if (a === 0 && b < 0) {
    throw pyError(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power");
  }
  if (a === -1 && !Number.isFinite(b)) return makeFloat(1);
  if (a < 0 && Number.isFinite(a) && !Number.isInteger(b) && Number.isFinite(b)) {
    // A negative base with a fractional exponent gives a complex result (as CPython 3).
    const r = Math.pow(-a, b);
    const t = Math.PI * b;
    return new PyComplex(r * Math.cos(t), r * Math.sin(t));
  }
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) {
    throw pyError(PyExc_OverflowError, "(34, 'Numerical result out of range')");
  }
  return makeFloat(r);
}

/** Binary operators on two float values (op a non-in-place BinaryOp). */
export function floatOp(a: number, b: number, op: number): PyValue {
  switch (op) {
    case BinaryOp.ADD:
      return new PyFloat(a + b);
    case BinaryOp.SUBTRACT:
      return new PyFloat(a - b);
    case BinaryOp.MULTIPLY:
      return new PyFloat(a * b);
    case BinaryOp.TRUE_DIVIDE:
      if (b === 0) throw pyError(PyExc_ZeroDivisionError, "float division by zero");
      return new PyFloat(a / b);
    case BinaryOp.FLOOR_DIVIDE:
      if (b === 0) throw pyError(PyExc_ZeroDivisionError, "float floor division by zero");
      return new PyFloat(floatDivMod(a, b)[0]);
    case BinaryOp.REMAINDER:
      if (b === 0) throw pyError(PyExc_ZeroDivisionError, "float modulo");
      return new PyFloat(floatDivMod(a, b)[1]);
    case BinaryOp.POWER:
      return floatPow(a, b);
  }
  return NotImplemented;
}

// ---- Hash --------------------------------------------------------------------------------------

const P61 = (1n << 61n) - 1n;

/** frexp: x = m * 2**e with 0.5 <= |m| < 1. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  // Subnormals: scale into the normal range first (2**-e would overflow for them).
  if (Math.abs(x) < 2.2250738585072014e-308) {
    const [m, e] = frexp(x * 18014398509481984);
    return [m, e - 54];
  }
  let e = Math.floor(Math.log2(Math.abs(x))) + 1;
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) {
    m *= 2;
    e--;
  }
  while (Math.abs(m) >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}

/** floatHash without rounding the result to a double (for the builtin hash()). */
export function floatHashExact(x: number): number | bigint {
  if (Number.isInteger(x)) return intHashExact(Number.isSafeInteger(x) ? x : BigInt(x));
  return floatHashBig(x);
}

/** CPython's _Py_HashDouble, so hash(1.5) and hash(2.0) match CPython. */
export function floatHash(x: number): number {
  const h = floatHashBig(x);
  return typeof h === "number" ? h : Number(BigInt.asIntN(53, h));
}

function floatHashBig(x: number): number | bigint {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0 : x > 0 ? 314159 : -314159;
  if (Number.isInteger(x)) {
    return intHashExact(Number.isSafeInteger(x) ? x : BigInt(x));
  }
  let [m, e] = frexp(x);
  let sign = 1n;
  if (m < 0) {
    sign = -1n;
    m = -m;
  }
  let h = 0n;
  while (m) {
    h = ((h << 28n) & P61) | (h >> (61n - 28n));
    m *= 268435456.0;
    e -= 28;
    const y = Math.floor(m);
    m -= y;
    h += BigInt(y);
    if (h >= P61) h -= P61;
  }
  let ee = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  if (ee < 0) ee += 61;
  const E = BigInt(ee);
  h = ((h << E) & P61) | (h >> (61n - E));
  h = h * sign;
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

// ---- float(x) ----------------------------------------------------------------------------------

/** float(str): Python's float literal syntax plus inf/nan words, underscores between digits. */
export function parseFloatText(text: string, original: PyValue): number {
  const s = text.trim();
  const fail = (): never => {
    throw pyError(PyExc_ValueError, `could not convert string to float: ${repr(original)}`);
  };
  const m =
    /^([+-]?)(?:(inf|infinity)|(nan)|((?:\d(?:_?\d)*)?(?:\.(?:\d(?:_?\d)*)?)?(?:[eE][+-]?\d(?:_?\d)*)?))$/i
      .exec(s);
  if (m === null) return fail();
  const neg = m[1] === "-";
  if (m[2] !== undefined) return neg ? -Infinity : Infinity;
  if (m[3] !== undefined) return NaN;
  const body = m[4].replace(/_/g, "");
  if (!/\d/.test(body.split(/[eE]/)[0])) return fail();
  const v = Number(body);
  return neg ? -v : v;
}

export function toFloat(x: PyValue): number {
  if (x instanceof PyFloat) return x.value;
  const i = intValue(x);
  if (i !== undefined) return intToFloat(i);
  if (typeof x === "string") return parseFloatText(x, x);
  if (x instanceof PyStr) return parseFloatText(x.value, x);
  if (x instanceof PyBytes) return parseFloatText(new TextDecoder().decode(x.bytes), x);
  const f = lookupSpecial(x, "__float__");
  if (f !== undefined) {
    const r = callSpecial(f, x, []);
    if (!(r instanceof PyFloat)) {
      throw pyError(
        PyExc_TypeError,
        `${typeOf(x).name}.__float__ returned non-float (type ${typeOf(r).name})`,
      );
    }
    return r.value;
  }
  const idx = lookupSpecial(x, "__index__");
  if (idx !== undefined) return intToFloat(intValue(callSpecial(idx, x, []))!);
  throw pyError(
    PyExc_TypeError,
    `float() argument must be a string or a real number, not '${typeOf(x).name}'`,
  );
}

defineNew(floatType, (cls, args, kwnames) => {
  const [x] = bindArgs("float", args, kwnames, ["x", "/"]);
  const v = x === undefined ? 0 : toFloat(x);
  return cls === floatType ? makeFloat(v) : new PyFloat(v, cls);
});

// ---- Methods -----------------------------------------------------------------------------------

const fv = (args: PyValue[]) => (args[0] as PyFloat).value;

function floatBinary(op: number, reflected = false) {
  return (args: PyValue[]) => {
    const a = fv(args);
    const b = floatValue(args[1]);
    if (b === undefined) return NotImplemented;
    return reflected ? floatOp(b, a, op) : floatOp(a, b, op);
  };
}

function floatCompare(op: CompareOp) {
  return (args: PyValue[]) => {
    const a = fv(args);
    const o = args[1];
    let b: number | bigint;
    if (o instanceof PyFloat) b = o.value;
    else {
      const i = intValue(o);
      if (i === undefined) return NotImplemented;
      b = i;
    }
    return compareNumbers(a, b, op);
  };
}

/** round(x, n) with correct half-even rounding on the exact binary value (via repr digits). */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 308) return x;
  if (ndigits < -308) return x < 0 ? -0 : 0;
  // Use the exact decimal expansion: formatting with the needed precision rounds half-even
  // on the exact value, which is what CPython's correctly rounded round() does.
  const s = formatFixedExact(x, Math.max(ndigits, 0));
  if (ndigits >= 0) return Number(s);
  const p = Math.pow(10, -ndigits);
  const y = x / p;
  let r = Math.round(y);
  if (Math.abs(y - Math.trunc(y)) === 0.5) r = 2 * Math.round(y / 2);
  return r * p;
}

const TEN = 10n;
/** Exact fixed-point formatting of a double with `prec` digits after the point, half-even. */
export function formatFixedExact(x: number, prec: number): string {
  const neg = x < 0 || Object.is(x, -0);
  const ax = Math.abs(x);
  const [mant, exp2] = decompose(ax);
  let num = mant * TEN ** BigInt(prec);
  let den = 1n;
  if (exp2 >= 0) num <<= BigInt(exp2);
  else den <<= BigInt(-exp2);
  let q = num / den;
  const r = num % den;
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  let digits = q.toString();
  if (prec > 0) {
    digits = digits.padStart(prec + 1, "0");
    digits = digits.slice(0, -prec) + "." + digits.slice(-prec);
  }
  return (neg ? "-" : "") + digits;
}

/** x = mant * 2**exp exactly, mant a bigint integer. */
export function decompose(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const mantHi = hi & 0xfffff;
  let mant = (BigInt(mantHi) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    mant |= 1n << 52n;
    e = bexp - 1075;
  }
  return [mant, e];
}

defineMethods(floatType, {
  __add__: floatBinary(BinaryOp.ADD),
  __radd__: floatBinary(BinaryOp.ADD, true),
  __sub__: floatBinary(BinaryOp.SUBTRACT),
  __rsub__: floatBinary(BinaryOp.SUBTRACT, true),
  __mul__: floatBinary(BinaryOp.MULTIPLY),
  __rmul__: floatBinary(BinaryOp.MULTIPLY, true),
  __truediv__: floatBinary(BinaryOp.TRUE_DIVIDE),
  __rtruediv__: floatBinary(BinaryOp.TRUE_DIVIDE, true),
  __floordiv__: floatBinary(BinaryOp.FLOOR_DIVIDE),
  __rfloordiv__: floatBinary(BinaryOp.FLOOR_DIVIDE, true),
  __mod__: floatBinary(BinaryOp.REMAINDER),
  __rmod__: floatBinary(BinaryOp.REMAINDER, true),
  __pow__(args) {
    if (args[2] !== undefined && args[2] !== None) {
      throw pyError(
        PyExc_TypeError,
        "pow() 3rd argument not allowed unless all arguments are integers",
      );
    }
    return floatBinary(BinaryOp.POWER)(args);
  },
  __rpow__: floatBinary(BinaryOp.POWER, true),
  __divmod__(args) {
    const b = floatValue(args[1]);
    if (b === undefined) return NotImplemented;
    if (b === 0) throw pyError(PyExc_ZeroDivisionError, "float divmod()");
    const [q, r] = floatDivMod(fv(args), b);
    return makeTuple([makeFloat(q), makeFloat(r)]);
  },
  __rdivmod__(args) {
    const b = floatValue(args[1]);
    if (b === undefined) return NotImplemented;
    const a = fv(args);
    if (a === 0) throw pyError(PyExc_ZeroDivisionError, "float divmod()");
    const [q, r] = floatDivMod(b, a);
    return makeTuple([makeFloat(q), makeFloat(r)]);
  },
  __eq__: floatCompare(CompareOp.EQ),
  __ne__: floatCompare(CompareOp.NE),
  __lt__: floatCompare(CompareOp.LT),
  __le__: floatCompare(CompareOp.LE),
  __gt__: floatCompare(CompareOp.GT),
  __ge__: floatCompare(CompareOp.GE),
  __neg__: (args) => makeFloat(-fv(args)),
  __pos__: (args) => makeFloat(fv(args)),
  __abs__: (args) => makeFloat(Math.abs(fv(args))),
  __bool__: (args) => fv(args) !== 0,
  __int__: (args) => floatToInt(fv(args)),
  __trunc__: (args) => floatToInt(fv(args)),
  __floor__: (args) => floatToInt(Math.floor(fv(args))),
  __ceil__: (args) => floatToInt(Math.ceil(fv(args))),
  __float__: (args) =>
    args[0] instanceof PyFloat && args[0].cls === floatType ? args[0] : makeFloat(fv(args)),
  __hash__: (args) => floatHashExact(fv(args)),
  __repr__: (args) => floatRepr(fv(args)),
  __format__(args) {
    const spec = args[1];
    if (typeof spec !== "string") throw pyError(PyExc_TypeError, "format spec must be str");
    if (spec === "") return str(args[0]);
    return formatFloatWithSpec(fv(args), spec);
  },
  __round__(args) {
    const x = fv(args);
    const nd = args[1];
    if (nd === undefined || nd === None) {
      let r = Math.round(x);
      if (Math.abs(x % 1) === 0.5) r = 2 * Math.round(x / 2);
      return floatToInt(r);
    }
    const n = asIndex(nd);
    return makeFloat(roundFloat(x, Number(n)));
  },
  is_integer: (args) => Number.isInteger(fv(args)),
  conjugate: (args) => makeFloat(fv(args)),
  as_integer_ratio(args) {
    const x = fv(args);
    if (Number.isNaN(x)) throw pyError(PyExc_ValueError, "cannot convert NaN to integer ratio");
    if (!Number.isFinite(x)) {
      throw pyError(PyExc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    let [mant, e] = decompose(Math.abs(x));
    let den = 1n;
    if (e > 0) mant <<= BigInt(e);
    else {
      den <<= BigInt(-e);
      while (mant !== 0n && (mant & 1n) === 0n && den > 1n) {
        mant >>= 1n;
        den >>= 1n;
      }
    }
    const num = x < 0 ? -mant : mant;
    const norm = (v: bigint) => v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
    return makeTuple([norm(num), norm(den)]);
  },
  hex(args) {
    const x = fv(args);
    if (Number.isNaN(x)) return "nan";
    if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
    if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
    const [mant, e] = decompose(Math.abs(x));
    // Normalize to 1.xxxxx (13 hex digits) * 2**exp.
    const bits = mant.toString(2).length;
    const exp = e + bits - 1;
    const frac = (mant << BigInt(53 - bits)) & ((1n << 52n) - 1n);
    return `${x < 0 ? "-" : ""}0x1.${frac.toString(16).padStart(13, "0")}p${
      exp >= 0 ? "+" : ""
    }${exp}`;
  },
  __getnewargs__: (args) => makeTuple([makeFloat(fv(args))]),
});
// float.__getformat__(typestr): the platform's float layout (test.support reads it).
defineClassMethod(floatType, "__getformat__", (args) => {
  const t = args[1];
  if (typeof t !== "string") {
    throw pyError(PyExc_TypeError, `__getformat__() argument must be str, not ${typeOf(t).name}`);
  }
  if (t !== "double" && t !== "float") {
    throw pyError(PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  }
  return "IEEE, little-endian";
});
defineClassMethod(floatType, "fromhex", (args) => {
  const s = String(args[1]).trim().toLowerCase();
  const m = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(s);
  let v: number;
  if (m === null || (m[2] === "" && (m[3] ?? "") === "")) {
    if (/^[+-]?inf(inity)?$/.test(s)) v = s.startsWith("-") ? -Infinity : Infinity;
    else if (/^[+-]?nan$/.test(s)) v = NaN;
    else throw pyError(PyExc_ValueError, "invalid hexadecimal floating-point string");
  } else {
    const intPart = m[2] || "0", frac = m[3] ?? "";
    v = Number(BigInt("0x" + intPart + frac || "0")) * Math.pow(2, -4 * frac.length) *
      Math.pow(2, Number(m[4] ?? 0));
    if (m[1] === "-") v = -v;
  }
  const cls = args[0] as PyType;
  return cls === floatType ? makeFloat(v) : call(cls, [makeFloat(v)], null);
});
defineGetter(floatType, "real", (v) => makeFloat((v as PyFloat).value));
defineGetter(floatType, "imag", () => makeFloat(0));
