// int: arbitrary-precision integers as JS numbers (safe range) or bigints (beyond), and bool.
// CPython's Objects/longobject.c and boolobject.c. See docs/value-representation.md.
//
// Every function returning an int returns the canonical form (makeInt): a number when the value
// is a safe integer, else a bigint, never -0.
import {
  bindArgs,
  defineClassMethod,
  defineGetter,
  defineMethods,
  defineNew,
} from "./builtin_function.ts";
import {
  boolType,
  intType,
  makeInt,
  None,
  NotImplemented,
  PyFloat,
  PyObject,
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
import {
  asIndex,
  call,
  callSpecial,
  isTrue,
  iterateToArray,
  lookupSpecial,
  repr,
  str,
} from "./abstract.ts";
import { floatOp, makeFloat } from "./float.ts";
import { formatIntWithSpec } from "./str_format.ts";
import { bufferBytes, PyByteArray, PyBytes } from "./bytes.ts";
import { PyStr, strValue } from "./str.ts";
import { checkIntBits } from "./allocation.ts";

/** Instances of int subclasses (class E(int)): the value boxed with the subclass. */
export class PyInt extends PyObject {
  constructor(readonly value: number | bigint, cls: PyType) {
    super(cls);
  }
}
intType.allocate = (cls) => new PyInt(0, cls);

/** The int value of an int, bool or int-subclass instance; undefined for anything else. */
export function intValue(v: PyValue): number | bigint | undefined {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return undefined;
  }
  if (v instanceof PyInt) return v.value;
  return undefined;
}

export function isInt(v: PyValue): boolean {
  return intValue(v) !== undefined;
}

const big = (v: number | bigint): bigint => typeof v === "bigint" ? v : BigInt(v);

/** int -> float, raising OverflowError like CPython when out of range. */
export function intToFloat(v: number | bigint): number {
  if (typeof v === "number") return v;
  const x = Number(v);
  if (!Number.isFinite(x)) throw pyError(PyExc_OverflowError, "int too large to convert to float");
  return x;
}

// ---- Arithmetic ------------------------------------------------------------------------------

function zeroDivision(): never {
  throw pyError(PyExc_ZeroDivisionError, "integer division or modulo by zero");
}

/** Python floor division and modulo on safe integers (exact: JS % is exact on doubles). */
function floorDivMod(a: number, b: number): [number, number] {
  let r = a % b;
  let q = (a - r) / b;
  if (r !== 0 && (r < 0) !== (b < 0)) {
    r += b;
    q -= 1;
  }
  return [q === 0 ? 0 : q, r === 0 ? 0 : r];
}

function bigFloorDivMod(a: bigint, b: bigint): [bigint, bigint] {
  let q = a / b;
  let r = a % b;
  if (r !== 0n && (r < 0n) !== (b < 0n)) {
    r += b;
    q -= 1n;
  }
  return [q, r];
}

export function intDivMod(
  a: number | bigint,
  b: number | bigint,
): [number | bigint, number | bigint] {
  if (b === 0 || b === 0n) zeroDivision();
  if (typeof a === "number" && typeof b === "number") return floorDivMod(a, b);
  const [q, r] = bigFloorDivMod(big(a), big(b));
  return [makeInt(q), makeInt(r)];
}

/** a ** b for b >= 0, by squaring in doubles while exact, else in bigints. */
function intPow(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    let result = 1, base = a, e = b;
    while (true) {
      if (e & 1) {
        result *= base;
        if (!Number.isSafeInteger(result)) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return result === 0 ? 0 : result;
      base *= base;
      if (!Number.isSafeInteger(base)) break;
    }
  }
  const ab = big(a);
  if (ab === 0n || ab === 1n) return makeInt(ab);
  if (ab === -1n) return big(b) % 2n === 0n ? 1 : -1;
  // The result has about b * log2|a| bits: too many is a MemoryError, as CPython's allocation.
  checkIntBits(Number(b) * Math.max(bitLength(a) - 1, 1));
  return makeInt(ab ** big(b));
}

/** pow(a, b, m) with Python's sign rules; negative b needs an inverse mod m. */
export function intPowMod(
  a: number | bigint,
  b: number | bigint,
  m: number | bigint,
): number | bigint {
  let M = big(m);
  if (M === 0n) throw pyError(PyExc_ValueError, "pow() 3rd argument cannot be 0");
  const negMod = M < 0n;
  if (negMod) M = -M;
  let A = big(a) % M;
  if (A < 0n) A += M;
  let B = big(b);
  if (B < 0n) {
    A = modInverse(A, M);
    B = -B;
  }
  let r = 1n % M;
  while (B > 0n) {
    if (B & 1n) r = (r * A) % M;
    A = (A * A) % M;
    B >>= 1n;
  }
  if (negMod && r !== 0n) r -= M;
  return makeInt(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyError(PyExc_ValueError, "base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

/** int / int, correctly rounded (CPython's long_true_divide). */
export function intTrueDivide(a: number | bigint, b: number | bigint): number {
  if (b === 0 || b === 0n) throw pyError(PyExc_ZeroDivisionError, "division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const A = big(a), B = big(b);
  const neg = (A < 0n) !== (B < 0n);
  const na = A < 0n ? -A : A, nb = B < 0n ? -B : B;
  // Scale so the quotient has ~66 significant bits, then let Number() round it.
  const shift = 66 - (na.toString(2).length - nb.toString(2).length);
  let q: bigint, r: bigint;
  if (shift >= 0) {
    q = (na << BigInt(shift)) / nb;
    r = (na << BigInt(shift)) % nb;
  } else {
    q = na / (nb << BigInt(-shift));
    r = na % (nb << BigInt(-shift));
  }
  if (r !== 0n) q |= 1n; // sticky bit so Number() rounds as if the quotient were exact
  let x = Number(q) * Math.pow(2, -shift);
  if (
    !Number.isFinite(x) || (shift < 0 && !Number.isFinite(Number(q) * 2 ** Math.min(-shift, 1023)))
  ) {
    x = Number(q) * Math.pow(2, -shift);
  }
  if (!Number.isFinite(x)) {
    throw pyError(PyExc_OverflowError, "integer division result too large for a float");
  }
  return neg ? -x : x;
}

/** Binary operators on two ints (op a non-in-place BinaryOp). */
export function intOp(a: number | bigint, b: number | bigint, op: number): PyValue {
  if (typeof a === "number" && typeof b === "number") {
    switch (op) {
      case BinaryOp.ADD: {
        const r = a + b;
        if (Number.isSafeInteger(r)) return r;
        break;
      }
      case BinaryOp.SUBTRACT: {
        const r = a - b;
        if (Number.isSafeInteger(r)) return r;
        break;
      }
      case BinaryOp.MULTIPLY: {
        const r = a * b;
        if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
        break;
      }
      case BinaryOp.FLOOR_DIVIDE:
        if (b === 0) zeroDivision();
        return floorDivMod(a, b)[0];
      case BinaryOp.REMAINDER:
        if (b === 0) throw pyError(PyExc_ZeroDivisionError, "integer modulo by zero");
        return floorDivMod(a, b)[1];
      case BinaryOp.AND:
        if ((a | 0) === a && (b | 0) === b) return a & b;
        break;
      case BinaryOp.OR:
        if ((a | 0) === a && (b | 0) === b) return a | b;
        break;
      case BinaryOp.XOR:
        if ((a | 0) === a && (b | 0) === b) return a ^ b;
        break;
      case BinaryOp.LSHIFT:
        if (b < 0) throw pyError(PyExc_ValueError, "negative shift count");
        if (a === 0) return 0;
        if (b < 53) {
          const r = a * 2 ** b;
          if (Number.isSafeInteger(r)) return r;
        }
        break;
      case BinaryOp.RSHIFT:
        if (b < 0) throw pyError(PyExc_ValueError, "negative shift count");
        if (b > 60) return a < 0 ? -1 : 0;
        return Math.floor(a / 2 ** b);
      case BinaryOp.POWER:
        if (b < 0) return floatOp(a, b, BinaryOp.POWER);
        return intPow(a, b);
      case BinaryOp.TRUE_DIVIDE:
        return makeFloat(intTrueDivide(a, b));
      case BinaryOp.MATRIX_MULTIPLY:
        return NotImplemented;
    }
  }
  return bigIntOp(big(a), big(b), op);
}

function bigIntOp(a: bigint, b: bigint, op: number): PyValue {
  switch (op) {
    case BinaryOp.ADD:
      return makeInt(a + b);
    case BinaryOp.SUBTRACT:
      return makeInt(a - b);
    case BinaryOp.MULTIPLY:
      return makeInt(a * b);
    case BinaryOp.FLOOR_DIVIDE:
      if (b === 0n) zeroDivision();
      return makeInt(bigFloorDivMod(a, b)[0]);
    case BinaryOp.REMAINDER:
      if (b === 0n) throw pyError(PyExc_ZeroDivisionError, "integer modulo by zero");
      return makeInt(bigFloorDivMod(a, b)[1]);
    case BinaryOp.AND:
      return makeInt(a & b);
    case BinaryOp.OR:
      return makeInt(a | b);
    case BinaryOp.XOR:
      return makeInt(a ^ b);
    case BinaryOp.LSHIFT:
      if (b < 0n) throw pyError(PyExc_ValueError, "negative shift count");
      if (a === 0n) return 0;
      // CPython's limit on the number of 30-bit digits (MAX_LONG_DIGITS); below it, MemoryError.
      if (b / 30n >= 2n ** 61n) throw pyError(PyExc_OverflowError, "too many digits in integer");
      checkIntBits(bitLength(a) + Number(b));
      return makeInt(a << b);
    case BinaryOp.RSHIFT:
      if (b < 0n) throw pyError(PyExc_ValueError, "negative shift count");
      if (b > 1_000_000_000n) return a < 0n ? -1 : 0;
      return makeInt(a >> b);
    case BinaryOp.POWER:
      if (b < 0n) return floatOp(intToFloat(makeInt(a)), intToFloat(makeInt(b)), BinaryOp.POWER);
      return intPow(makeInt(a), makeInt(b));
    case BinaryOp.TRUE_DIVIDE:
      return makeFloat(intTrueDivide(makeInt(a), makeInt(b)));
  }
  return NotImplemented;
}

// ---- Decimal conversion limit (CPython 3.11's int_max_str_digits) ----------------------------

/**
 * sys.set_int_max_str_digits(): decimal str<->int conversions of more digits raise ValueError
 * (0 disables the check). The runtime's sys module reads and writes `limit`.
 */
export const intMaxStrDigits = { limit: 4300 };

/** str(int) for ints past 2**53, honoring the digit limit. */
export function intToDecimal(v: bigint): string {
  const s = v.toString();
  const digits = v < 0n ? s.length - 1 : s.length;
  const limit = intMaxStrDigits.limit;
  if (limit > 0 && digits > limit) {
    throw pyError(
      PyExc_ValueError,
      `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  return s;
}

// ---- Hash, conversions ------------------------------------------------------------------------

const HASH_MODULUS = (1n << 61n) - 1n;

/** The exact CPython hash of an int (may exceed 2**53, then a bigint). */
export function intHashExact(v: number | bigint): number | bigint {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const neg = v < 0n;
  let h = (neg ? -v : v) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return makeInt(h);
}

/**
 * CPython's int hash (value mod 2**61-1 keeping the sign, -1 mapped to -2) as a JS number:
 * values beyond 2**53 keep their low 53 bits exactly (BigInt.asIntN), so table slots
 * (hash & mask) match CPython's. The builtin hash() uses intHashExact.
 */
export function intHash(v: number | bigint): number {
  if (typeof v === "number") return v === -1 ? -2 : v;
  const h = intHashExact(v);
  return typeof h === "number" ? h : Number(BigInt.asIntN(53, h));
}

/** `a op b` for ints and floats as JS numbers/bigints (JS compares number with bigint exactly). */
export function compareNumbers(a: number | bigint, b: number | bigint, op: CompareOp): boolean {
  switch (op) {
    case CompareOp.LT:
      return a < b;
    case CompareOp.LE:
      return a <= b;
    case CompareOp.EQ:
      return a == b;
    case CompareOp.NE:
      return a != b;
    case CompareOp.GT:
      return a > b;
    default:
      return a >= b;
  }
}

export function bitLength(v: number | bigint): number {
  if (typeof v === "number") {
    const a = Math.abs(v);
    if (a < 2 ** 31) return 32 - Math.clz32(a);
    return a.toString(2).length;
  }
  return (v < 0n ? -v : v).toString(2).length;
}

/** Digits of int in base 2/8/16 with Python's sign placement (-0x1f). */
export function intToBase(v: number | bigint, base: 2 | 8 | 16, prefix: boolean): string {
  const neg = v < 0;
  const digits = (neg ? -big(v) : big(v)).toString(base);
  const p = prefix ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
  return (neg ? "-" : "") + p + digits;
}

/** int(text, base) parsing (PyLong_FromString): underscores, prefixes, whitespace. */
export function parseInt_(text: string, base: number, original: PyValue): number | bigint {
  const fail = (): never => {
    throw pyError(
      PyExc_ValueError,
      `invalid literal for int() with base ${base}: ${repr(original)}`,
    );
  };
  let s = text.trim();
  let neg = false;
  if (s.startsWith("-") || s.startsWith("+")) {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  let b = base;
  const lower = s.slice(0, 2).toLowerCase();
  const prefixBase = lower === "0x" ? 16 : lower === "0o" ? 8 : lower === "0b" ? 2 : 0;
  if (prefixBase !== 0 && (b === 0 || b === prefixBase)) {
    b = prefixBase;
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  } else if (b === 0) {
    b = 10;
    if (/^0+(_?0)*$/.test(s)) return 0;
    if (s.startsWith("0")) fail();
  }
  if (s === "" || s.startsWith("_") || s.endsWith("_") || s.includes("__")) fail();
  s = s.replace(/_/g, "");
  // Non-ASCII decimal digits (e.g. Arabic-Indic) count as digits, as in CPython.
  // deno-lint-ignore no-control-regex
  if (/[^\x00-\x7f]/.test(s)) {
    s = s.replace(/\p{Nd}/gu, (d) => String(digitValue(d)));
  }
  let result = 0n;
  const limit = intMaxStrDigits.limit;
  if (limit > 0 && (b & (b - 1)) !== 0 && s.length > limit) {
    throw pyError(
      PyExc_ValueError,
      `Exceeds the limit (${limit} digits) for integer string conversion: value has ${s.length} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
  if (b === 10) {
    if (!/^[0-9]+$/.test(s)) fail();
    if (s.length <= 15) return makeInt(neg ? -Number(s) : Number(s));
    result = BigInt(s);
  } else {
    const bb = BigInt(b);
    let small = 0;
    for (const ch of s) {
      const d = parseInt(ch, 36);
      if (Number.isNaN(d) || d >= b) fail();
      if (result === 0n && small * b + d < 2 ** 52) small = small * b + d;
      else {
        if (result === 0n) result = BigInt(small);
        result = result * bb + BigInt(d);
      }
    }
    if (result === 0n) return makeInt(neg ? -small : small);
  }
  return makeInt(neg ? -result : result);
}

function digitValue(ch: string): number {
  const c = ch.codePointAt(0)!;
  // Decimal digit blocks are runs of 10 starting at a code point whose value is 0.
  for (let z = c; z > c - 10; z--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(z - 1))) return c - z;
  }
  return 0;
}

/** float -> int truncation with CPython's errors. */
export function floatToInt(x: number): number | bigint {
  if (Number.isNaN(x)) throw pyError(PyExc_ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) {
    throw pyError(PyExc_OverflowError, "cannot convert float infinity to integer");
  }
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : BigInt(t);
}

/** int(x) for one argument: __int__, __index__, __trunc__, str/bytes parsing. */
export function toInt(x: PyValue): number | bigint {
  const v = intValue(x);
  if (v !== undefined) return v;
  if (typeof x === "string") return parseInt_(x, 10, x);
  if (x instanceof PyStr) return parseInt_(x.value, 10, x);
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (x instanceof PyBytes) return parseInt_(new TextDecoder().decode(x.bytes), 10, x);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = lookupSpecial(x, name);
    if (f !== undefined) {
      const r = callSpecial(f, x, []);
      const n = intValue(r);
      if (n === undefined) {
        if (name === "__trunc__") return toInt(r);
        throw pyError(PyExc_TypeError, `${name} returned non-int (type ${typeOf(r).name})`);
      }
      return n;
    }
  }
  throw pyError(
    PyExc_TypeError,
    `int() argument must be a string, a bytes-like object or a real number, not '${
      typeOf(x).name
    }'`,
  );
}

// ---- The int type ----------------------------------------------------------------------------

function newIntOfType(cls: PyType, v: number | bigint): PyValue {
  if (cls === intType) return v;
  return new PyInt(v, cls);
}

defineNew(intType, (cls, args, kwnames) => {
  const [x, base] = bindArgs("int", args, kwnames, ["x", "/", "base"]);
  if (x === undefined) {
    if (base !== undefined) throw pyError(PyExc_TypeError, "int() missing string argument");
    return newIntOfType(cls, 0);
  }
  if (base === undefined) return newIntOfType(cls, toInt(x));
  const b = intValue(base);
  if (b === undefined) {
    throw pyError(
      PyExc_TypeError,
      `'${typeOf(base).name}' object cannot be interpreted as an integer`,
    );
  }
  if (b !== 0 && (b < 2 || b > 36)) {
    throw pyError(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
  }
  let text: string;
  if (typeof x === "string") text = x;
  else if (x instanceof PyStr) text = x.value;
  else if (x instanceof PyBytes) text = new TextDecoder().decode(x.bytes);
  else if (x instanceof PyByteArray) text = new TextDecoder().decode(Uint8Array.from(x.data));
  else throw pyError(PyExc_TypeError, "int() can't convert non-string with explicit base");
  return newIntOfType(cls, parseInt_(text, Number(b), x));
});

/** Wraps a binary int operator as a method returning NotImplemented for non-ints. */
function intBinary(op: number, reflected = false) {
  return (args: PyValue[]) => {
    const a = intValue(args[0]);
    const b = intValue(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    return reflected ? intOp(b, a, op) : intOp(a, b, op);
  };
}

function intCompareMethod(op: CompareOp) {
  return (args: PyValue[]) => {
    const a = intValue(args[0]);
    const b = intValue(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    return compareNumbers(a, b, op);
  };
}

const self = (args: PyValue[]): number | bigint => intValue(args[0])!;

defineMethods(intType, {
  __add__: intBinary(BinaryOp.ADD),
  __radd__: intBinary(BinaryOp.ADD, true),
  __sub__: intBinary(BinaryOp.SUBTRACT),
  __rsub__: intBinary(BinaryOp.SUBTRACT, true),
  __mul__: intBinary(BinaryOp.MULTIPLY),
  __rmul__: intBinary(BinaryOp.MULTIPLY, true),
  __floordiv__: intBinary(BinaryOp.FLOOR_DIVIDE),
  __rfloordiv__: intBinary(BinaryOp.FLOOR_DIVIDE, true),
  __truediv__: intBinary(BinaryOp.TRUE_DIVIDE),
  __rtruediv__: intBinary(BinaryOp.TRUE_DIVIDE, true),
  __mod__: intBinary(BinaryOp.REMAINDER),
  __rmod__: intBinary(BinaryOp.REMAINDER, true),
  __lshift__: intBinary(BinaryOp.LSHIFT),
  __rlshift__: intBinary(BinaryOp.LSHIFT, true),
  __rshift__: intBinary(BinaryOp.RSHIFT),
  __rrshift__: intBinary(BinaryOp.RSHIFT, true),
  __and__: intBinary(BinaryOp.AND),
  __rand__: intBinary(BinaryOp.AND, true),
  __or__: intBinary(BinaryOp.OR),
  __ror__: intBinary(BinaryOp.OR, true),
  __xor__: intBinary(BinaryOp.XOR),
  __rxor__: intBinary(BinaryOp.XOR, true),
  __pow__(args) {
    const a = intValue(args[0]), b = intValue(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    const m = args[2];
    if (m === undefined || m === None) return intOp(a, b, BinaryOp.POWER);
    const mv = intValue(m);
    if (mv === undefined) return NotImplemented;
    return intPowMod(a, b, mv);
  },
  __rpow__(args) {
    const a = intValue(args[0]), b = intValue(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    return intOp(b, a, BinaryOp.POWER);
  },
  __divmod__(args) {
    const a = intValue(args[0]), b = intValue(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    return makeTuple(intDivMod(a, b));
  },
  __rdivmod__(args) {
    const a = intValue(args[0]), b = intValue(args[1]);
    if (a === undefined || b === undefined) return NotImplemented;
    return makeTuple(intDivMod(b, a));
  },
  __eq__: intCompareMethod(CompareOp.EQ),
  __ne__: intCompareMethod(CompareOp.NE),
  __lt__: intCompareMethod(CompareOp.LT),
  __le__: intCompareMethod(CompareOp.LE),
  __gt__: intCompareMethod(CompareOp.GT),
  __ge__: intCompareMethod(CompareOp.GE),
  __neg__: (args) => intOp(0, self(args), BinaryOp.SUBTRACT),
  __pos__: (args) => self(args),
  __abs__: (args) => {
    const v = self(args);
    return v < 0 ? intOp(0, v, BinaryOp.SUBTRACT) : v;
  },
  __invert__: (args) => intOp(-1, self(args), BinaryOp.SUBTRACT),
  __bool__: (args) => self(args) != 0,
  __int__: (args) => self(args),
  __index__: (args) => self(args),
  __trunc__: (args) => self(args),
  __floor__: (args) => self(args),
  __ceil__: (args) => self(args),
  __float__: (args) => makeFloat(intToFloat(self(args))),
  __hash__: (args) => intHashExact(self(args)),
  __repr__: (args) => {
    const v = self(args);
    return typeof v === "bigint" ? intToDecimal(v) : String(v);
  },
  __format__(args) {
    const spec = args[1];
    if (typeof spec !== "string") throw pyError(PyExc_TypeError, "format spec must be str");
    if (spec === "") return str(args[0]);
    return formatIntWithSpec(self(args), spec, typeOf(args[0]).name);
  },
  __round__(args) {
    const v = self(args);
    const nd = args[1];
    if (nd === undefined || nd === None) return v;
    const n = intValue(nd);
    if (n === undefined) {
      throw pyError(
        PyExc_TypeError,
        `'${typeOf(nd).name}' object cannot be interpreted as an integer`,
      );
    }
    if (n >= 0) return v;
    // Round half to even at 10**-n.
    const p = 10n ** big(-BigInt(n));
    const V = big(v);
    let [q, r] = bigFloorDivMod(V, p);
    const twice = 2n * r;
    if (twice > p || (twice === p && (q & 1n) === 1n)) q += 1n;
    return makeInt(q * p);
  },
  __getnewargs__: (args) => makeTuple([self(args)]),
  __sizeof__: () => 28,
  bit_length: (args) => bitLength(self(args)),
  bit_count: (args) => {
    const v = self(args);
    let s = (v < 0 ? -big(v) : big(v)).toString(2);
    s = s.replace(/0/g, "");
    return s.length;
  },
  conjugate: (args) => self(args),
  as_integer_ratio: (args) => makeTuple([self(args), 1]),
  to_bytes(args, kwnames) {
    const [length, byteorder, signed] = bindArgs(
      "to_bytes",
      args,
      kwnames,
      ["length", "byteorder", "$signed"],
      0,
      1,
    );
    const n = length === undefined ? 1 : sizeArg(length);
    if (n < 0) throw pyError(PyExc_ValueError, "length argument must be non-negative");
    const order = byteorder === undefined ? "big" : strValue(byteorder);
    if (order === undefined) {
      throw pyError(
        PyExc_TypeError,
        `to_bytes() argument 'byteorder' must be str, not ${typeOf(byteorder!).name}`,
      );
    }
    if (order !== "little" && order !== "big") {
      throw pyError(PyExc_ValueError, "byteorder must be either 'little' or 'big'");
    }
    const isSigned = signed === true;
    const value = big(self(args));
    if (value < 0n && !isSigned) {
      throw pyError(PyExc_OverflowError, "can't convert negative int to unsigned");
    }
    // A negative value's two's complement is the bytes of -value - 1 inverted, over 0xff
    // filler: no bigint of 8 * length bits, which for a huge length V8 could not even make.
    const negative = value < 0n;
    const m = negative ? -value - 1n : value;
    // Through hex digits: shifting a big value a byte at a time would be quadratic.
    const hex = m.toString(16);
    const digits = (hex.length + 1) >> 1;
    if (digits > n && m !== 0n) {
      throw pyError(PyExc_OverflowError, "int too big to convert");
    }
    const out = new Uint8Array(n);
    if (negative) out.fill(0xff);
    const padded = hex.length & 1 ? "0" + hex : hex;
    const mask = negative ? 0xff : 0;
    for (let i = 0, j = n - padded.length / 2; i < padded.length; i += 2, j++) {
      if (j >= 0) out[j] = parseInt(padded.slice(i, i + 2), 16) ^ mask;
    }
    if (isSigned && n > 0 && ((out[0] & 0x80) !== 0) !== negative) {
      throw pyError(PyExc_OverflowError, "int too big to convert");
    }
    if (order === "little") out.reverse();
    return new PyBytes(out);
  },
});

/** A length argument, converted as CPython's "n" format (Py_ssize_t) converts it. */
function sizeArg(v: PyValue): number {
  const n = asIndex(v);
  if (typeof n === "bigint" && (n >= 2n ** 63n || n < -(2n ** 63n))) {
    throw pyError(PyExc_OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(n);
}

defineClassMethod(intType, "from_bytes", (args, kwnames) => {
  const [bytes, byteorder, signed] = bindArgs(
    "from_bytes",
    args,
    kwnames,
    ["bytes", "byteorder", "$signed"],
    1,
    1,
  );
  if (typeof bytes === "string") {
    throw pyError(PyExc_TypeError, "cannot convert 'str' object to bytes");
  }
  // PyObject_Bytes: any buffer in C order, else an iterable of ints.
  const data = bytes instanceof PyBytes ? bytes.bytes : bufferBytes(bytes!) ??
    Uint8Array.from(iterateToArray(bytes!).map((x) => Number(intValue(x) ?? 0)));
  const arr = byteorder === "little" ? [...data].reverse() : [...data];
  // Through hex digits: accumulating a byte at a time would be quadratic.
  let hex = "";
  for (const b of arr) hex += b < 16 ? "0" + b.toString(16) : b.toString(16);
  let v = hex === "" ? 0n : BigInt("0x" + hex);
  if (signed === true && arr.length > 0 && (arr[0] & 0x80)) v -= 1n << BigInt(8 * arr.length);
  const cls = args[0] as PyType;
  return cls === intType ? makeInt(v) : call(cls, [makeInt(v)], null);
});

defineGetter(intType, "real", (v) => intValue(v)!);
defineGetter(intType, "imag", () => 0);
defineGetter(intType, "numerator", (v) => intValue(v)!);
defineGetter(intType, "denominator", () => 1);

// ---- bool --------------------------------------------------------------------------------------

defineNew(boolType, (_cls, args, kwnames) => {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, "bool() takes no keyword arguments");
  }
  if (args.length > 1) {
    throw pyError(PyExc_TypeError, `bool expected at most 1 argument, got ${args.length}`);
  }
  return args.length === 0 ? false : isTrue(args[0]);
});

function boolLogic(op: number) {
  return (args: PyValue[]) => {
    const a = args[0], b = args[1];
    if (typeof a === "boolean" && typeof b === "boolean") {
      if (op === BinaryOp.AND) return a && b;
      if (op === BinaryOp.OR) return a || b;
      return a !== b;
    }
    const x = intValue(a), y = intValue(b);
    if (x === undefined || y === undefined) return NotImplemented;
    return intOp(x, y, op);
  };
}

defineMethods(boolType, {
  __repr__: (args) => (args[0] ? "True" : "False"),
  __and__: boolLogic(BinaryOp.AND),
  __rand__: boolLogic(BinaryOp.AND),
  __or__: boolLogic(BinaryOp.OR),
  __ror__: boolLogic(BinaryOp.OR),
  __xor__: boolLogic(BinaryOp.XOR),
  __rxor__: boolLogic(BinaryOp.XOR),
});
