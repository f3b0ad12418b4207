// Decimal arithmetic of the General Decimal Arithmetic specification (what libmpdec implements
// for CPython's _decimal), over JS bigints: a finite number is sign, coefficient (bigint >= 0)
// and exponent; specials are Infinity, NaN and sNaN (a NaN's coefficient is its payload).
// Operations report conditions by or-ing libmpdec's status bits into `ctx.st`; the Python layer
// (../_decimal.ts) turns them into flags and, when trapped, exceptions.

export const FINITE = 0, INF = 1, NAN = 2, SNAN = 3;

// libmpdec's status bits (the flags a Context keeps are these, conditions included).
export const Clamped = 0x1,
  ConversionSyntax = 0x2,
  DivisionByZero = 0x4,
  DivisionImpossible = 0x8,
  DivisionUndefined = 0x10,
  Inexact = 0x40,
  InvalidContext = 0x80,
  InvalidOperation = 0x100,
  FloatOperation = 0x400,
  Overflow = 0x800,
  Rounded = 0x1000,
  Subnormal = 0x2000,
  Underflow = 0x4000;
/** The conditions that signal InvalidOperation. */
export const IEEEInvalid = ConversionSyntax | DivisionImpossible | DivisionUndefined |
  InvalidContext | InvalidOperation | 0x20 | 0x200;

// Rounding modes, in libmpdec's order.
export const ROUND_UP = 0,
  ROUND_DOWN = 1,
  ROUND_CEILING = 2,
  ROUND_FLOOR = 3,
  ROUND_HALF_UP = 4,
  ROUND_HALF_DOWN = 5,
  ROUND_HALF_EVEN = 6,
  ROUND_05UP = 7;

export interface Ctx {
  prec: number;
  rounding: number;
  Emin: number;
  Emax: number;
  clamp: number;
  /** Status bits raised by the operation in progress. */
  st: number;
}

export class Dec {
  constructor(
    readonly sign: number,
    readonly coef: bigint,
    readonly exp: number,
    readonly kind: number = FINITE,
  ) {}
  get special(): boolean {
    return this.kind !== FINITE;
  }
  get isNaN(): boolean {
    return this.kind >= NAN;
  }
  isZero(): boolean {
    return this.kind === FINITE && this.coef === 0n;
  }
  /** Exponent of the most significant digit. */
  adjusted(): number {
    return this.kind === FINITE ? this.exp + ndigits(this.coef) - 1 : 0;
  }
}

export const ONE = new Dec(0, 1n, 0);
export const ZERO = new Dec(0, 0n, 0);
export const NaNDec = new Dec(0, 0n, 0, NAN);
export const infinity = (sign: number): Dec => new Dec(sign, 0n, 0, INF);

const pow10Cache: bigint[] = [1n];
export function pow10(n: number): bigint {
  if (n < 256) {
    for (let i = pow10Cache.length; i <= n; i++) pow10Cache.push(pow10Cache[i - 1] * 10n);
    return pow10Cache[n];
  }
  return 10n ** BigInt(n);
}

/** Number of decimal digits of a non-negative bigint (1 for 0). */
export function ndigits(c: bigint): number {
  if (c < 10n) return 1;
  if (c < 9007199254740992n) return String(Number(c)).length;
  return c.toString().length;
}

const absB = (x: bigint) => x < 0n ? -x : x;
const lenB = (x: bigint) => ndigits(absB(x));
/** Python's floor division and modulo on numbers. */
export const floorDiv = (a: number, b: number) => Math.floor(a / b);
export const pyMod = (a: number, b: number) => ((a % b) + b) % b;
/** Python's floor division of bigints. */
export function bFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export const etiny = (c: Ctx) => c.Emin - c.prec + 1;
export const etop = (c: Ctx) => c.Emax - c.prec + 1;

/** A quiet NaN result for an invalid operation (condition bits in `flag`). */
export function invalid(c: Ctx, flag = InvalidOperation): Dec {
  c.st |= flag;
  return NaNDec;
}

/**
 * Whether dropping the last `drop` digits of `coef` (sign `sign`) rounds the kept part up
 * (1), truncates a non-zero remainder (-1) or is exact (0); `kept` is the truncated value.
 */
function roundDecision(
  coef: bigint,
  drop: number,
  sign: number,
  rounding: number,
): [kept: bigint, changed: number] {
  if (drop <= 0) return [coef * pow10(-drop), 0];
  const p = pow10(drop);
  const kept = coef / p, rest = coef % p;
  if (rest === 0n) return [kept, 0];
  let up: boolean;
  switch (rounding) {
    case ROUND_DOWN:
      up = false;
      break;
    case ROUND_UP:
      up = true;
      break;
    case ROUND_CEILING:
      up = sign === 0;
      break;
    case ROUND_FLOOR:
      up = sign === 1;
      break;
    case ROUND_05UP: {
      const d = kept % 10n;
      up = d === 0n || d === 5n;
      break;
    }
    default: {
      const half = 5n * pow10(drop - 1);
      if (rest > half) up = true;
      else if (rest < half) up = false;
      else if (rounding === ROUND_HALF_UP) up = true;
      else if (rounding === ROUND_HALF_DOWN) up = false;
      else up = (kept & 1n) === 1n;
    }
  }
  return up ? [kept + 1n, 1] : [kept, -1];
}

/** Keeps `digits` leading digits (rounded) of x's coefficient; the exponent grows to match. */
function roundToDigits(x: Dec, digits: number, rounding: number): [bigint, number, number] {
  let coef = x.coef, exp = x.exp;
  let drop = ndigits(coef) - digits;
  if (drop > ndigits(coef) + 1) {
    // Far below the last kept digit: a sticky 1 rounds the same way.
    exp += drop - 1;
    coef = 1n;
    drop = 1;
  }
  const [kept, changed] = roundDecision(coef, drop, x.sign, rounding);
  return [kept, exp + drop, changed];
}

export function fixNaN(x: Dec, c: Ctx): Dec {
  const maxPayload = c.prec - c.clamp;
  if (x.coef !== 0n && ndigits(x.coef) > maxPayload) {
    return new Dec(x.sign, x.coef % pow10(maxPayload), 0, x.kind);
  }
  return x;
}

function overflowResult(sign: number, c: Ctx): Dec {
  c.st |= Overflow | Inexact | Rounded;
  const r = c.rounding;
  if (
    r === ROUND_HALF_UP || r === ROUND_HALF_EVEN || r === ROUND_HALF_DOWN || r === ROUND_UP ||
    (sign === 0 && r === ROUND_CEILING) || (sign === 1 && r === ROUND_FLOOR)
  ) return infinity(sign);
  return new Dec(sign, pow10(c.prec) - 1n, c.Emax - c.prec + 1);
}

/** Rounds x to the context: precision, exponent limits, clamping. */
export function fix(x: Dec, c: Ctx): Dec {
  if (x.kind !== FINITE) return x.isNaN ? fixNaN(x, c) : x;
  const eTiny = etiny(c), eTop = etop(c);
  if (x.coef === 0n) {
    const expMax = c.clamp ? eTop : c.Emax;
    const e = Math.min(Math.max(x.exp, eTiny), expMax);
    if (e !== x.exp) {
      c.st |= Clamped;
      return new Dec(x.sign, 0n, e);
    }
    return x;
  }
  const len = ndigits(x.coef);
  let expMin = len + x.exp - c.prec;
  if (expMin > eTop) return overflowResult(x.sign, c);
  const subnormal = expMin < eTiny;
  if (subnormal) expMin = eTiny;
  if (x.exp < expMin) {
    const digits = len + x.exp - expMin;
    const [kept0, , changed] = roundToDigits(x, digits, c.rounding);
    let kept = kept0;
    if (changed > 0 && ndigits(kept) > c.prec) {
      kept /= 10n;
      expMin += 1;
    }
    let ans: Dec;
    if (expMin > eTop) ans = overflowResult(x.sign, c);
    else ans = new Dec(x.sign, kept, expMin);
    if (changed && subnormal) c.st |= Underflow;
    if (subnormal) c.st |= Subnormal;
    if (changed) c.st |= Inexact;
    c.st |= Rounded;
    if (ans.isZero()) c.st |= Clamped;
    return ans;
  }
  if (subnormal) c.st |= Subnormal;
  if (c.clamp === 1 && x.exp > eTop) {
    c.st |= Clamped;
    return new Dec(x.sign, x.coef * pow10(x.exp - eTop), eTop);
  }
  return x;
}

/** x with exponent exactly `exp` (rounding as needed; no context checks). */
export function rescale(x: Dec, exp: number, rounding: number): Dec {
  if (x.kind !== FINITE) return x;
  if (x.coef === 0n) return new Dec(x.sign, 0n, exp);
  if (x.exp >= exp) return new Dec(x.sign, x.coef * pow10(x.exp - exp), exp);
  const digits = ndigits(x.coef) + x.exp - exp;
  const [kept] = roundToDigits(x, digits, rounding);
  return new Dec(x.sign, kept, exp);
}

/** Rounds a nonzero finite x to `places` significant digits. */
export function roundPlaces(x: Dec, places: number, rounding: number): Dec {
  if (x.kind !== FINITE || x.coef === 0n) return x;
  let ans = rescale(x, x.adjusted() + 1 - places, rounding);
  if (ans.adjusted() !== x.adjusted()) ans = rescale(ans, ans.adjusted() + 1 - places, rounding);
  return ans;
}

/** The NaN result of an operation with NaN operands, or undefined. */
export function checkNaNs(a: Dec, b: Dec | undefined, c: Ctx): Dec | undefined {
  const ak = a.kind, bk = b === undefined ? FINITE : b.kind;
  if (ak < NAN && bk < NAN) return undefined;
  if (ak === SNAN) {
    c.st |= InvalidOperation;
    return fixNaN(new Dec(a.sign, a.coef, 0, NAN), c);
  }
  if (bk === SNAN) {
    c.st |= InvalidOperation;
    return fixNaN(new Dec(b!.sign, b!.coef, 0, NAN), c);
  }
  return fixNaN(ak === NAN ? a : b!, c);
}

/** Three-way comparison of non-NaN values. */
export function cmp(a: Dec, b: Dec): number {
  if (a.kind === INF || b.kind === INF) {
    const ai = a.kind === INF ? (a.sign ? -1 : 1) : 0;
    const bi = b.kind === INF ? (b.sign ? -1 : 1) : 0;
    return ai === bi ? 0 : ai < bi ? -1 : 1;
  }
  if (a.coef === 0n) {
    if (b.coef === 0n) return 0;
    return b.sign ? 1 : -1;
  }
  if (b.coef === 0n) return a.sign ? -1 : 1;
  if (b.sign < a.sign) return -1;
  if (a.sign < b.sign) return 1;
  const aa = a.adjusted(), ba = b.adjusted();
  const s = a.sign ? -1 : 1;
  if (aa === ba) {
    let x = a.coef, y = b.coef;
    if (a.exp > b.exp) x *= pow10(a.exp - b.exp);
    else if (b.exp > a.exp) y *= pow10(b.exp - a.exp);
    return x === y ? 0 : x < y ? -s : s;
  }
  return aa > ba ? s : -s;
}

export function plus(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, undefined, c);
  if (n) return n;
  // A zero's sign is + except under ROUND_FLOOR (0 + -0 rule).
  if (a.isZero() && c.rounding !== ROUND_FLOOR) a = new Dec(0, 0n, a.exp);
  return fix(a, c);
}

export function minus(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, undefined, c);
  if (n) return n;
  const neg = a.isZero() && c.rounding !== ROUND_FLOOR
    ? new Dec(0, 0n, a.exp)
    : new Dec(1 - a.sign, a.coef, a.exp, a.kind);
  return fix(neg, c);
}

export function abs(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, undefined, c);
  if (n) return n;
  return a.sign ? minus(a, c) : plus(a, c);
}

export function add(a: Dec, b: Dec, c: Ctx): Dec {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.kind === INF) {
      if (b.kind === INF && a.sign !== b.sign) return invalid(c);
      return a;
    }
    return b;
  }
  let exp = Math.min(a.exp, b.exp);
  const negativeZero = c.rounding === ROUND_FLOOR && a.sign !== b.sign ? 1 : 0;
  if (a.coef === 0n && b.coef === 0n) {
    const sign = negativeZero || Math.min(a.sign, b.sign);
    return fix(new Dec(sign, 0n, exp), c);
  }
  if (a.coef === 0n) {
    exp = Math.max(exp, b.exp - c.prec - 1);
    return fix(rescale(b, exp, c.rounding), c);
  }
  if (b.coef === 0n) {
    exp = Math.max(exp, a.exp - c.prec - 1);
    return fix(rescale(a, exp, c.rounding), c);
  }
  // Align the exponents; an operand far below the other's precision becomes a sticky digit.
  let hi = a, lo = b;
  if (a.exp < b.exp) {
    hi = b;
    lo = a;
  }
  let loCoef = lo.coef, loExp = lo.exp;
  const limit = hi.exp + Math.min(-1, ndigits(hi.coef) - c.prec - 2);
  if (ndigits(loCoef) + loExp - 1 < limit) {
    loCoef = 1n;
    loExp = limit;
  }
  const hiCoef = hi.coef * pow10(hi.exp - loExp);
  const x = hi === a ? hiCoef : loCoef, y = hi === a ? loCoef : hiCoef;
  const sx = a.sign ? -x : x, sy = b.sign ? -y : y;
  const sum = sx + sy;
  if (sum === 0n) return fix(new Dec(negativeZero, 0n, exp), c);
  return fix(new Dec(sum < 0n ? 1 : 0, absB(sum), loExp), c);
}

export function sub(a: Dec, b: Dec, c: Ctx): Dec {
  if (b.isNaN) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
  }
  return add(a, new Dec(1 - b.sign, b.coef, b.exp, b.kind), c);
}

export function mul(a: Dec, b: Dec, c: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.kind === INF) return b.isZero() ? invalid(c) : infinity(sign);
    return a.isZero() ? invalid(c) : infinity(sign);
  }
  return fix(new Dec(sign, a.coef * b.coef, a.exp + b.exp), c);
}

export function div(a: Dec, b: Dec, c: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.kind === INF) return b.kind === INF ? invalid(c) : infinity(sign);
    c.st |= Clamped;
    return new Dec(sign, 0n, etiny(c));
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(c, DivisionUndefined);
    c.st |= DivisionByZero;
    return infinity(sign);
  }
  let coef: bigint, exp: number;
  const exact = c.prec > 100 && a.coef !== 0n ? exactQuotient(a, b, c.prec) : undefined;
  if (exact !== undefined) return fix(new Dec(sign, exact[0], exact[1]), c);
  if (a.coef === 0n) {
    exp = a.exp - b.exp;
    coef = 0n;
  } else {
    const shift = ndigits(b.coef) - ndigits(a.coef) + c.prec + 1;
    exp = a.exp - b.exp - shift;
    let rem: bigint;
    if (shift >= 0) {
      const n = a.coef * pow10(shift);
      coef = n / b.coef;
      rem = n % b.coef;
    } else {
      const d = b.coef * pow10(-shift);
      coef = a.coef / d;
      rem = a.coef % d;
    }
    if (rem !== 0n) {
      if (coef % 5n === 0n) coef += 1n;
    } else {
      const ideal = a.exp - b.exp;
      while (exp < ideal && coef % 10n === 0n) {
        coef /= 10n;
        exp += 1;
      }
    }
  }
  return fix(new Dec(sign, coef, exp), c);
}

function gcd(x: bigint, y: bigint): bigint {
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * a/b as coefficient and exponent when the quotient is exact in at most `prec` digits (the
 * result division's long path would find, without its 10**prec intermediates).
 */
function exactQuotient(a: Dec, b: Dec, prec: number): [bigint, number] | undefined {
  const g = gcd(a.coef, b.coef);
  let d = b.coef / g;
  let twos = 0, fives = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    twos++;
  }
  while (d % 5n === 0n) {
    d /= 5n;
    fives++;
  }
  if (d !== 1n) return undefined;
  const k = Math.max(twos, fives);
  let q = (a.coef / g) * (2n ** BigInt(k - twos)) * (5n ** BigInt(k - fives));
  let exp = a.exp - b.exp - k;
  const ideal = a.exp - b.exp;
  while (exp < ideal && q % 10n === 0n) {
    q /= 10n;
    exp++;
  }
  return ndigits(q) <= prec ? [q, exp] : undefined;
}

/** Integer quotient and remainder of finite a, b (b nonzero); the quotient is unrounded. */
function divideInt(a: Dec, b: Dec, c: Ctx): [Dec, Dec] {
  const sign = a.sign ^ b.sign;
  const idealExp = b.kind === INF ? a.exp : Math.min(a.exp, b.exp);
  const expdiff = a.adjusted() - b.adjusted();
  if (a.isZero() || b.kind === INF || expdiff <= -2) {
    return [new Dec(sign, 0n, 0), rescale(a, idealExp, c.rounding)];
  }
  if (expdiff <= c.prec) {
    let x = a.coef, y = b.coef;
    if (a.exp >= b.exp) x *= pow10(a.exp - b.exp);
    else y *= pow10(b.exp - a.exp);
    const q = x / y, r = x % y;
    if (ndigits(q) <= c.prec) return [new Dec(sign, q, 0), new Dec(a.sign, r, idealExp)];
  }
  const nan = invalid(c, DivisionImpossible);
  return [nan, nan];
}

export function divInt(a: Dec, b: Dec, c: Ctx): Dec {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.kind === INF) return b.kind === INF ? invalid(c) : infinity(a.sign ^ b.sign);
  }
  if (b.isZero()) {
    if (a.isZero()) return invalid(c, DivisionUndefined);
    c.st |= DivisionByZero;
    return infinity(a.sign ^ b.sign);
  }
  return divideInt(a, b, c)[0];
}

export function rem(a: Dec, b: Dec, c: Ctx): Dec {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.kind === INF) return invalid(c);
  }
  if (b.isZero()) return invalid(c, a.isZero() ? DivisionUndefined : InvalidOperation);
  return fix(divideInt(a, b, c)[1], c);
}

export function divmod(a: Dec, b: Dec, c: Ctx): [Dec, Dec] {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c);
    if (n) return [n, n];
  }
  const sign = a.sign ^ b.sign;
  if (a.kind === INF) {
    if (b.kind === INF) {
      const nan = invalid(c);
      return [nan, nan];
    }
    return [infinity(sign), invalid(c)];
  }
  if (b.isZero()) {
    if (a.isZero()) {
      const nan = invalid(c, DivisionUndefined);
      return [nan, nan];
    }
    c.st |= DivisionByZero;
    return [infinity(sign), invalid(c)];
  }
  const [q, r] = divideInt(a, b, c);
  return [q, fix(r, c)];
}

export function remNear(a: Dec, b: Dec, c: Ctx): Dec {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.kind === INF) return invalid(c);
    // b infinite: a unchanged.
    return fix(a, c);
  }
  if (b.isZero()) return invalid(c, a.isZero() ? DivisionUndefined : InvalidOperation);
  const idealExp = Math.min(a.exp, b.exp);
  if (a.isZero()) return fix(new Dec(a.sign, 0n, idealExp), c);
  const expdiff = a.adjusted() - b.adjusted();
  if (expdiff >= c.prec + 1) return invalid(c, DivisionImpossible);
  if (expdiff <= -2) return fix(rescale(a, idealExp, c.rounding), c);
  let x = a.coef, y = b.coef;
  if (a.exp >= b.exp) x *= pow10(a.exp - b.exp);
  else y *= pow10(b.exp - a.exp);
  let q = x / y, r = x % y;
  if (2n * r + (q & 1n) > y) {
    r -= y;
    q += 1n;
  }
  if (ndigits(q) > c.prec) return invalid(c, DivisionImpossible);
  const sign = a.sign ^ (r < 0n ? 1 : 0);
  return fix(new Dec(sign, absB(r), idealExp), c);
}

export function fma(a: Dec, b: Dec, third: Dec, c: Ctx): Dec {
  let product: Dec;
  if (a.special || b.special) {
    if (a.kind === SNAN || b.kind === SNAN) return checkNaNs(a, b, c)!;
    if (a.kind === NAN) product = a;
    else if (b.kind === NAN) product = b;
    else if (a.kind === INF && b.isZero() || b.kind === INF && a.isZero()) return invalid(c);
    else product = infinity(a.sign ^ b.sign);
  } else product = new Dec(a.sign ^ b.sign, a.coef * b.coef, a.exp + b.exp);
  return add(product, third, c);
}

// ---- integral values, quantize -----------------------------------------------------------

export function isInteger(x: Dec): boolean {
  if (x.kind !== FINITE) return false;
  if (x.exp >= 0) return true;
  return x.coef % pow10(Math.min(-x.exp, ndigits(x.coef) + 1)) === 0n;
}

function isEvenInt(x: Dec): boolean {
  if (x.coef === 0n || x.exp > 0) return true;
  return ((x.coef / pow10(-x.exp)) & 1n) === 0n;
}

export function toIntegralValue(a: Dec, rounding: number, c: Ctx): Dec {
  if (a.special) return checkNaNs(a, undefined, c) ?? a;
  if (a.exp >= 0) return a;
  return rescale(a, 0, rounding);
}

export function toIntegralExact(a: Dec, rounding: number, c: Ctx): Dec {
  if (a.special) return checkNaNs(a, undefined, c) ?? a;
  if (a.exp >= 0) return a;
  if (a.isZero()) return new Dec(a.sign, 0n, 0);
  const ans = rescale(a, 0, rounding);
  if (cmp(ans, a) !== 0) c.st |= Inexact;
  c.st |= Rounded;
  return ans;
}

export function quantize(a: Dec, b: Dec, rounding: number, c: Ctx): Dec {
  if (a.special || b.special) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.kind === INF && b.kind === INF) return a;
    return invalid(c);
  }
  const exp = b.exp;
  if (!(etiny(c) <= exp && exp <= c.Emax)) return invalid(c);
  if (a.isZero()) return fix(new Dec(a.sign, 0n, exp), c);
  const adj = a.adjusted();
  if (adj > c.Emax) return invalid(c);
  if (adj - exp + 1 > c.prec) return invalid(c);
  const ans = rescale(a, exp, rounding);
  if (ans.adjusted() > c.Emax) return invalid(c);
  if (ndigits(ans.coef) > c.prec) return invalid(c);
  if (ans.coef !== 0n && ans.adjusted() < c.Emin) c.st |= Subnormal;
  if (ans.exp > a.exp) {
    if (cmp(ans, a) !== 0) c.st |= Inexact;
    c.st |= Rounded;
  }
  return fix(ans, c);
}

export function normalize(a: Dec, c: Ctx): Dec {
  if (a.special) {
    const n = checkNaNs(a, undefined, c);
    if (n) return n;
  }
  const dup = fix(a, c);
  if (dup.kind === INF) return dup;
  if (dup.coef === 0n) return new Dec(dup.sign, 0n, 0);
  const expMax = c.clamp ? etop(c) : c.Emax;
  let coef = dup.coef, exp = dup.exp;
  while (coef % 10n === 0n && exp < expMax) {
    coef /= 10n;
    exp++;
  }
  return new Dec(dup.sign, coef, exp);
}

export function sqrt(a: Dec, c: Ctx): Dec {
  if (a.special) {
    const n = checkNaNs(a, undefined, c);
    if (n) return n;
    if (a.sign === 0) return a;
  }
  if (a.isZero()) return fix(new Dec(a.sign, 0n, Math.floor(a.exp / 2)), c);
  if (a.sign === 1) return invalid(c);
  if (c.prec > 100) {
    // An exact root needs none of the 10**prec scaling below.
    const cf = a.exp & 1 ? a.coef * 10n : a.coef;
    const r = isqrt(cf);
    if (r * r === cf && ndigits(r) <= c.prec) return fixHalfEven(new Dec(0, r, a.exp >> 1), c);
  }
  const prec = c.prec + 1;
  let e = a.exp >> 1;
  let cf: bigint, l: number;
  const len = ndigits(a.coef);
  if (a.exp & 1) {
    cf = a.coef * 10n;
    l = (len >> 1) + 1;
  } else {
    cf = a.coef;
    l = (len + 1) >> 1;
  }
  const shift = prec - l;
  let exact: boolean;
  if (shift >= 0) {
    cf *= pow10(2 * shift);
    exact = true;
  } else {
    const d = pow10(-2 * shift);
    exact = cf % d === 0n;
    cf /= d;
  }
  e -= shift;
  let n = pow10(prec);
  for (;;) {
    const q = cf / n;
    if (n <= q) break;
    n = (n + q) >> 1n;
  }
  exact = exact && n * n === cf;
  if (exact) {
    if (shift >= 0) n /= pow10(shift);
    else n *= pow10(-shift);
    e += shift;
  } else if (n % 5n === 0n) n += 1n;
  return fixHalfEven(new Dec(0, n, e), c);
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length >> 1) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function fixHalfEven(x: Dec, c: Ctx): Dec {
  const saved = c.rounding;
  c.rounding = ROUND_HALF_EVEN;
  try {
    return fix(x, c);
  } finally {
    c.rounding = saved;
  }
}

// ---- exp, ln, log10, power (the algorithms of the specification's reference code) -------

function shiftNearest(x: bigint, shift: bigint): bigint {
  const b = 1n << shift, q = x >> shift;
  return q + (2n * (x & (b - 1n)) + (q & 1n) > b ? 1n : 0n);
}

function divNearest(a: bigint, b: bigint): bigint {
  const q = bFloorDiv(a, b), r = a - q * b;
  return q + (2n * r + (q & 1n) > b ? 1n : 0n);
}

function sqrtNearest(n: bigint, a: bigint): bigint {
  let b = 0n;
  while (a !== b) {
    b = a;
    a = (a - bFloorDiv(-n, a)) >> 1n;
  }
  return a;
}

function nbits(x: bigint): number {
  x = absB(x);
  return x === 0n ? 0 : x.toString(2).length;
}

/** Approximation of M*log(x/M). */
function ilog(x: bigint, M: bigint, L = 8): bigint {
  let y = x - M;
  let R = 0;
  const Lb = BigInt(L);
  while (
    (R <= L && (absB(y) << (Lb - BigInt(R))) >= M) ||
    (R > L && (absB(y) >> (BigInt(R) - Lb)) >= M)
  ) {
    y = divNearest((M * y) << 1n, M + sqrtNearest(M * (M + shiftNearest(y, BigInt(R))), M));
    R += 1;
  }
  const T = BigInt(-floorDiv(-10 * ndigits(M), 3 * L));
  const yshift = shiftNearest(y, BigInt(R));
  let w = divNearest(M, T);
  for (let k = T - 1n; k > 0n; k--) w = divNearest(M, k) - divNearest(yshift * w, M);
  return divNearest(w * y, M);
}

const log10State = { digits: "23025850929940456840179914546843642076011014886" };
/** floor(10**p * log(10)). */
function log10Digits(p: number): bigint {
  if (p >= log10State.digits.length) {
    let extra = 3;
    let digits: string;
    for (;;) {
      const M = pow10(p + extra + 2);
      digits = divNearest(ilog(10n * M, M), 100n).toString();
      if (!digits.endsWith("0".repeat(extra))) break;
      extra += 3;
    }
    log10State.digits = digits.replace(/0+$/, "").slice(0, -1);
  }
  return BigInt(log10State.digits.slice(0, p + 1));
}

function dlog10(c: bigint, e: number, p: number): bigint {
  p += 2;
  const l = ndigits(c);
  const f = e + l - (e + l >= 1 ? 1 : 0);
  let logD: bigint, logTen: bigint;
  if (p > 0) {
    const M = pow10(p);
    const k = e + p - f;
    if (k >= 0) c *= pow10(k);
    else c = divNearest(c, pow10(-k));
    logD = ilog(c, M);
    logD = divNearest(logD * M, log10Digits(p));
    logTen = BigInt(f) * M;
  } else {
    logD = 0n;
    logTen = divNearest(BigInt(f), pow10(-p));
  }
  return divNearest(logTen + logD, 100n);
}

function dlog(c: bigint, e: number, p: number): bigint {
  p += 2;
  const l = ndigits(c);
  const f = e + l - (e + l >= 1 ? 1 : 0);
  let logD: bigint;
  if (p > 0) {
    const k = e + p - f;
    if (k >= 0) c *= pow10(k);
    else c = divNearest(c, pow10(-k));
    logD = ilog(c, pow10(p));
  } else logD = 0n;
  let fLogTen = 0n;
  if (f) {
    const extra = String(Math.abs(f)).length - 1;
    if (p + extra >= 0) fLogTen = divNearest(BigInt(f) * log10Digits(p + extra), pow10(extra));
  }
  return divNearest(fLogTen + logD, 100n);
}

function iexp(x: bigint, M: bigint, L = 8): bigint {
  const R = nbits(bFloorDiv(x << BigInt(L), M));
  const T = -floorDiv(-10 * ndigits(M), 3 * L);
  let y = divNearest(x, BigInt(T));
  let Mshift = M << BigInt(R);
  for (let i = T - 1; i > 0; i--) y = divNearest(x * (Mshift + y), Mshift * BigInt(i));
  for (let k = R - 1; k >= 0; k--) {
    Mshift = M << BigInt(k + 2);
    y = divNearest(y * (y + Mshift), Mshift);
  }
  return M + y;
}

function dexp(c: bigint, e: number, p: number): [bigint, number] {
  p += 2;
  const extra = Math.max(0, e + lenB(c) - 1);
  const q = p + extra;
  const shift = e + q;
  const cshift = shift >= 0 ? c * pow10(shift) : bFloorDiv(c, pow10(-shift));
  const l10 = log10Digits(q);
  const quot = bFloorDiv(cshift, l10);
  let r = cshift - quot * l10;
  r = divNearest(r, pow10(extra));
  return [divNearest(iexp(r, pow10(p)), 1000n), Number(quot) - p + 3];
}

function dpower(xc: bigint, xe: number, yc: bigint, ye: number, p: number): [bigint, number] {
  const b = lenB(yc) + ye;
  const lxc = dlog(xc, xe, p + b + 1);
  const shift = ye - b;
  const pc = shift >= 0 ? lxc * yc * pow10(shift) : divNearest(lxc * yc, pow10(-shift));
  if (pc === 0n) {
    if ((ndigits(xc) + xe >= 1) === (yc > 0n)) return [pow10(p - 1) + 1n, 1 - p];
    return [pow10(p) - 1n, -p];
  }
  const [coef, exp] = dexp(pc, -(p + 1), p + 1);
  return [divNearest(coef, 10n), exp + 1];
}

function log10LowerBound(c: bigint): number {
  const s = c.toString();
  const correction = [0, 100, 70, 53, 40, 31, 23, 16, 10, 5];
  return 100 * s.length - correction[s.charCodeAt(0) - 48];
}

/** Whether the approximation `coef` (to p digits) is safely away from a rounding boundary. */
function safelyRounded(coef: bigint, p: number): boolean {
  const n = lenB(coef) - p - 1;
  return absB(coef) % (5n * pow10(Math.max(0, n))) !== 0n;
}

export function exp(a: Dec, c: Ctx): Dec {
  if (a.special) {
    const n = checkNaNs(a, undefined, c);
    if (n) return n;
    return a.sign ? ZERO : a;
  }
  if (a.isZero()) return ONE;
  const p = c.prec, adj = a.adjusted();
  let ans: Dec;
  if (a.sign === 0 && adj > String((c.Emax + 1) * 3).length) ans = new Dec(0, 1n, c.Emax + 1);
  else if (a.sign === 1 && adj > String((-etiny(c) + 1) * 3).length) {
    ans = new Dec(0, 1n, etiny(c) - 1);
  } else if (a.sign === 0 && adj < -p) ans = new Dec(0, pow10(p) + 1n, -p);
  else if (a.sign === 1 && adj < -p - 1) ans = new Dec(0, pow10(p + 1) - 1n, -p - 1);
  else {
    const cf = a.sign ? -a.coef : a.coef;
    let extra = 3;
    let coef: bigint, e: number;
    for (;;) {
      [coef, e] = dexp(cf, a.exp, p + extra);
      if (safelyRounded(coef, p)) break;
      extra += 3;
    }
    ans = new Dec(0, coef, e);
  }
  return fixHalfEven(ans, c);
}

function lnExpBound(a: Dec): number {
  const adj = a.exp + ndigits(a.coef) - 1;
  if (adj >= 1) return String(Math.floor(adj * 23 / 10)).length - 1;
  if (adj <= -2) return String(Math.floor((-1 - adj) * 23 / 10)).length - 1;
  const cf = a.coef, e = a.exp;
  if (adj === 0) {
    const num = (cf - pow10(-e)).toString(), den = cf.toString();
    return num.length - den.length - (num < den ? 1 : 0);
  }
  return e + (pow10(-e) - cf).toString().length - 1;
}

function log10ExpBound(a: Dec): number {
  const adj = a.exp + ndigits(a.coef) - 1;
  if (adj >= 1) return String(adj).length - 1;
  if (adj <= -2) return String(-1 - adj).length - 1;
  const cf = a.coef, e = a.exp;
  if (adj === 0) {
    const num = (cf - pow10(-e)).toString(), den = (231n * cf).toString();
    return num.length - den.length - (num < den ? 1 : 0) + 2;
  }
  const num = (pow10(-e) - cf).toString();
  return num.length + e - (num < "231" ? 1 : 0) - 1;
}

export function ln(a: Dec, c: Ctx): Dec {
  if (a.special) {
    const n = checkNaNs(a, undefined, c);
    if (n) return n;
  }
  if (a.isZero()) return infinity(1);
  if (a.kind === INF && a.sign === 0) return a;
  if (a.sign === 1) return invalid(c);
  if (cmp(a, ONE) === 0) return ZERO;
  const p = c.prec;
  let places = p - lnExpBound(a) + 2;
  let coef: bigint;
  for (;;) {
    coef = dlog(a.coef, a.exp, places);
    if (safelyRounded(coef, p)) break;
    places += 3;
  }
  return fixHalfEven(new Dec(coef < 0n ? 1 : 0, absB(coef), -places), c);
}

export function log10(a: Dec, c: Ctx): Dec {
  if (a.special) {
    const n = checkNaNs(a, undefined, c);
    if (n) return n;
  }
  if (a.isZero()) return infinity(1);
  if (a.kind === INF && a.sign === 0) return a;
  if (a.sign === 1) return invalid(c);
  let ans: Dec;
  const s = a.coef.toString();
  if (/^10*$/.test(s)) {
    const v = a.exp + s.length - 1;
    ans = new Dec(v < 0 ? 1 : 0, BigInt(Math.abs(v)), 0);
  } else {
    const p = c.prec;
    let places = p - log10ExpBound(a) + 2;
    let coef: bigint;
    for (;;) {
      coef = dlog10(a.coef, a.exp, places);
      if (safelyRounded(coef, p)) break;
      places += 3;
    }
    ans = new Dec(coef < 0n ? 1 : 0, absB(coef), -places);
  }
  return fixHalfEven(ans, c);
}

/** n * 10**e when that is an integer, else undefined. */
function decimalShiftExact(n: bigint, e: bigint): bigint | undefined {
  if (n === 0n) return 0n;
  if (e >= 0n) return n * 10n ** e;
  const s = absB(n).toString();
  const zeros = s.length - s.replace(/0+$/, "").length;
  return zeros < -Number(e) ? undefined : n / 10n ** -e;
}

/** x**y exactly in p digits, if possible (x positive, not 1; y nonzero; both finite). */
function powerExact(x: Dec, y: Dec, p: number): Dec | undefined {
  let xc = x.coef, xe = BigInt(x.exp);
  while (xc % 10n === 0n) {
    xc /= 10n;
    xe += 1n;
  }
  let yc = y.coef, ye = BigInt(y.exp);
  while (yc % 10n === 0n) {
    yc /= 10n;
    ye += 1n;
  }
  const yInt = isInteger(y) && y.sign === 0;
  if (xc === 1n) {
    xe *= yc;
    while (xe % 10n === 0n && xe !== 0n) {
      xe /= 10n;
      ye += 1n;
    }
    if (ye < 0n) return undefined;
    let exponent = xe * 10n ** ye;
    if (y.sign === 1) exponent = -exponent;
    let zeros = 0n;
    if (yInt) {
      const ideal = BigInt(x.exp) * toBigInt(y);
      zeros = exponent - ideal < BigInt(p - 1) ? exponent - ideal : BigInt(p - 1);
    }
    return new Dec(0, pow10(Number(zeros)), Number(exponent - zeros));
  }
  if (y.sign === 1) {
    const last = xc % 10n;
    let e: bigint;
    if (last === 2n || last === 4n || last === 6n || last === 8n) {
      if ((xc & -xc) !== xc) return undefined;
      e = BigInt(nbits(xc) - 1);
      const emax = BigInt(Math.floor(p * 93 / 65));
      if (ye >= BigInt(emax.toString().length)) return undefined;
      const e2 = decimalShiftExact(e * yc, ye), xe2 = decimalShiftExact(xe * yc, ye);
      if (e2 === undefined || xe2 === undefined || e2 > emax) return undefined;
      e = e2;
      xe = xe2;
      xc = 5n ** e;
    } else if (last === 5n) {
      e = BigInt(Math.floor(nbits(xc) * 28 / 65));
      const f = 5n ** e;
      if (f % xc !== 0n) return undefined;
      xc = f / xc;
      while (xc % 5n === 0n) {
        xc /= 5n;
        e -= 1n;
      }
      const emax = BigInt(Math.floor(p * 10 / 3));
      if (ye >= BigInt(emax.toString().length)) return undefined;
      const e2 = decimalShiftExact(e * yc, ye), xe2 = decimalShiftExact(xe * yc, ye);
      if (e2 === undefined || xe2 === undefined || e2 > emax) return undefined;
      e = e2;
      xe = xe2;
      xc = 2n ** e;
    } else return undefined;
    if (ndigits(xc) > p) return undefined;
    return new Dec(0, xc, Number(-e - xe));
  }
  let m: bigint, n: bigint;
  const xcBits = nbits(xc);
  if (ye >= 0n) {
    m = yc * 10n ** ye;
    n = 1n;
  } else {
    if (xe !== 0n && absB(yc * xe).toString().length <= -Number(ye)) return undefined;
    if ((absB(yc) * BigInt(xcBits)).toString().length <= -Number(ye)) return undefined;
    m = yc;
    n = 10n ** -ye;
    while (m % 2n === 0n && n % 2n === 0n) {
      m /= 2n;
      n /= 2n;
    }
    while (m % 5n === 0n && n % 5n === 0n) {
      m /= 5n;
      n /= 5n;
    }
  }
  if (n > 1n) {
    if (BigInt(xcBits) <= n) return undefined;
    const qe = bFloorDiv(xe, n);
    if (xe - qe * n !== 0n) return undefined;
    xe = qe;
    let a = 1n << BigInt(-floorDiv(-xcBits, Number(n)));
    let q: bigint, r: bigint;
    for (;;) {
      const d = a ** (n - 1n);
      q = xc / d;
      r = xc % d;
      if (a <= q) break;
      a = (a * (n - 1n) + q) / n;
    }
    if (!(a === q && r === 0n)) return undefined;
    xc = a;
  }
  if (xc > 1n && m > BigInt(Math.floor(p * 100 / log10LowerBound(xc)))) return undefined;
  xc = xc ** m;
  xe *= m;
  if (ndigits(xc) > p + 1 || (ndigits(xc) === p + 1 && xc !== pow10(p))) return undefined;
  const len = ndigits(xc);
  let zeros = 0n;
  if (yInt) {
    const ideal = BigInt(x.exp) * toBigInt(y);
    zeros = xe - ideal < BigInt(p - len) ? xe - ideal : BigInt(p - len);
  }
  return new Dec(0, xc * pow10(Number(zeros)), Number(xe - zeros));
}

/** The integer value of an integral finite Decimal. */
export function toBigInt(x: Dec): bigint {
  const v = x.exp >= 0 ? x.coef * pow10(x.exp) : x.coef / pow10(-x.exp);
  return x.sign ? -v : v;
}

export function power(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  if (b.isZero()) return a.isZero() ? invalid(c) : ONE;
  let resultSign = 0;
  if (a.sign === 1) {
    if (isInteger(b)) {
      if (!isEvenInt(b)) resultSign = 1;
    } else if (!a.isZero()) return invalid(c);
    a = new Dec(0, a.coef, a.exp, a.kind);
  }
  if (a.isZero()) return b.sign === 0 ? new Dec(resultSign, 0n, 0) : infinity(resultSign);
  if (a.kind === INF) return b.sign === 0 ? infinity(resultSign) : new Dec(resultSign, 0n, 0);
  if (cmp(a, ONE) === 0) {
    let e: number;
    if (isInteger(b)) {
      let mult: number;
      if (b.sign === 1) mult = 0;
      else if (cmp(b, new Dec(0, BigInt(c.prec), 0)) > 0) mult = c.prec;
      else mult = Number(toBigInt(b));
      e = a.exp * mult;
      if (e < 1 - c.prec) {
        e = 1 - c.prec;
        c.st |= Rounded;
      }
    } else {
      c.st |= Inexact | Rounded;
      e = 1 - c.prec;
    }
    return new Dec(resultSign, pow10(-e), e);
  }
  const aAdj = a.adjusted();
  if (b.kind === INF) {
    if ((b.sign === 0) === (aAdj < 0)) return new Dec(resultSign, 0n, 0);
    return infinity(resultSign);
  }
  let ans: Dec | undefined;
  let exact = false;
  const bound = log10ExpBound(a) + b.adjusted();
  if ((aAdj >= 0) === (b.sign === 0)) {
    if (bound >= String(c.Emax).length) ans = new Dec(resultSign, 1n, c.Emax + 1);
  } else {
    const et = etiny(c);
    if (bound >= String(-et).length) ans = new Dec(resultSign, 1n, et - 1);
  }
  if (ans === undefined) {
    ans = powerExact(a, b, c.prec + 1);
    if (ans !== undefined) {
      if (resultSign === 1) ans = new Dec(1, ans.coef, ans.exp);
      exact = true;
    }
  }
  if (ans === undefined) {
    const p = c.prec;
    const yc = b.sign ? -b.coef : b.coef;
    let extra = 3;
    let coef: bigint, e: number;
    for (;;) {
      [coef, e] = dpower(a.coef, a.exp, yc, b.exp, p + extra);
      if (safelyRounded(coef, p)) break;
      extra += 3;
    }
    ans = new Dec(resultSign, coef, e);
  }
  if (exact && !isInteger(b)) {
    const len = ndigits(ans.coef);
    if (len <= c.prec) {
      const d = c.prec + 1 - len;
      ans = new Dec(ans.sign, ans.coef * pow10(d), ans.exp - d);
    }
    // Rounded in a scratch context whose conditions are then reported all untrapped.
    const scratch: Ctx = { ...c, st: 0 };
    ans = fix(ans, scratch);
    let st = scratch.st | Inexact;
    if (st & Subnormal) st |= Underflow;
    c.st |= st & (Overflow | Underflow | Subnormal | Inexact | Rounded | Clamped);
    return ans;
  }
  return fix(ans, c);
}

export function powerMod(a: Dec, b: Dec, m: Dec, c: Ctx): Dec {
  if (a.isNaN || b.isNaN || m.isNaN) {
    if (a.kind === SNAN || b.kind === SNAN || m.kind === SNAN) {
      const s = a.kind === SNAN ? a : b.kind === SNAN ? b : m;
      return checkNaNs(s, undefined, c)!;
    }
    return fixNaN(a.isNaN ? a : b.isNaN ? b : m, c);
  }
  if (!isInteger(a) || !isInteger(b) || !isInteger(m)) return invalid(c);
  if (b.sign === 1 && !b.isZero()) return invalid(c);
  if (m.isZero()) return invalid(c);
  if (ndigits(m.coef) + m.exp > c.prec) return invalid(c);
  if (b.isZero() && a.isZero()) return invalid(c);
  const sign = isEvenInt(b) ? 0 : a.sign;
  const mod = absB(toBigInt(m));
  let base = a.exp >= 0
    ? (a.coef % mod) * modPow(10n, BigInt(a.exp), mod) % mod
    : absB(toBigInt(a)) % mod;
  base = modPow(base, toBigInt(b), mod);
  return new Dec(sign, base, 0);
}

function modPow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n % m;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = r * b % m;
    b = b * b % m;
    e >>= 1n;
  }
  return r;
}

// ---- misc operations ---------------------------------------------------------------------

export function logb(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, undefined, c);
  if (n) return n;
  if (a.kind === INF) return infinity(0);
  if (a.isZero()) {
    c.st |= DivisionByZero;
    return infinity(1);
  }
  const v = a.adjusted();
  return fix(new Dec(v < 0 ? 1 : 0, BigInt(Math.abs(v)), 0), c);
}

export function scaleb(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  if (b.exp !== 0 || b.kind !== FINITE) return invalid(c);
  const lim = 2 * (c.Emax + c.prec);
  const v = toBigInt(b);
  if (v < BigInt(-lim) || v > BigInt(lim)) return invalid(c);
  if (a.kind === INF) return a;
  return fix(new Dec(a.sign, a.coef, a.exp + Number(v)), c);
}

function shiftCount(b: Dec, c: Ctx): number | undefined {
  if (b.exp !== 0 || b.kind !== FINITE) return undefined;
  const v = toBigInt(b);
  if (v < BigInt(-c.prec) || v > BigInt(c.prec)) return undefined;
  return Number(v);
}

export function shift(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  const k = shiftCount(b, c);
  if (k === undefined) return invalid(c);
  if (a.kind === INF) return a;
  const m = pow10(c.prec);
  const coef = k >= 0 ? (a.coef * pow10(k)) % m : (a.coef % m) / pow10(-k);
  return new Dec(a.sign, coef, a.exp);
}

export function rotate(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  const k = shiftCount(b, c);
  if (k === undefined) return invalid(c);
  if (a.kind === INF) return a;
  let s = (a.coef % pow10(c.prec)).toString().padStart(c.prec, "0");
  const r = pyMod(k, c.prec || 1);
  s = s.slice(r) + s.slice(0, r);
  return new Dec(a.sign, BigInt(s), a.exp);
}

export function isLogical(a: Dec): boolean {
  return a.kind === FINITE && a.sign === 0 && a.exp === 0 && /^[01]+$/.test(a.coef.toString());
}

export function logical(a: Dec, b: Dec, op: (x: number, y: number) => number, c: Ctx): Dec {
  if (!isLogical(a) || !isLogical(b)) return invalid(c);
  const p = c.prec;
  const sa = a.coef.toString().padStart(p, "0").slice(-p);
  const sb = b.coef.toString().padStart(p, "0").slice(-p);
  let out = "";
  for (let i = 0; i < p; i++) out += op(sa.charCodeAt(i) - 48, sb.charCodeAt(i) - 48);
  return new Dec(0, BigInt(out || "0"), 0);
}

export function nextMinus(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, undefined, c);
  if (n) return n;
  if (a.kind === INF) return a.sign ? a : new Dec(0, pow10(c.prec) - 1n, etop(c));
  const sc: Ctx = { ...c, rounding: ROUND_FLOOR, st: 0 };
  const r = fix(a, sc);
  if (cmp(r, a) !== 0) return r;
  return add(a, new Dec(1, 1n, etiny(c) - 1), sc);
}

export function nextPlus(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, undefined, c);
  if (n) return n;
  if (a.kind === INF) return a.sign ? new Dec(1, pow10(c.prec) - 1n, etop(c)) : a;
  const sc: Ctx = { ...c, rounding: ROUND_CEILING, st: 0 };
  const r = fix(a, sc);
  if (cmp(r, a) !== 0) return r;
  return add(a, new Dec(0, 1n, etiny(c) - 1), sc);
}

export function nextToward(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  const k = cmp(a, b);
  if (k === 0) return new Dec(b.sign, a.coef, a.exp, a.kind);
  const ans = k === -1 ? nextPlus(a, c) : nextMinus(a, c);
  if (ans.kind === INF) c.st |= Overflow | Inexact | Rounded;
  else if (ans.adjusted() < c.Emin) {
    c.st |= Underflow | Subnormal | Inexact | Rounded;
    if (ans.isZero()) c.st |= Clamped;
  }
  return ans;
}

export function compareTotal(a: Dec, b: Dec): number {
  if (a.sign && !b.sign) return -1;
  if (!a.sign && b.sign) return 1;
  const s = a.sign ? -1 : 1;
  const rank = (x: Dec) => x.kind === SNAN ? 2 : x.kind === NAN ? 3 : 0;
  const ra = rank(a), rb = rank(b);
  if (ra || rb) {
    if (ra === rb) {
      return a.coef === b.coef ? 0 : (a.coef < b.coef ? -s : s);
    }
    return ra < rb ? -s : s;
  }
  const k = cmp(a, b);
  if (k !== 0) return k;
  if (a.exp === b.exp) return 0;
  return a.exp < b.exp ? -s : s;
}

export function numberClass(a: Dec, c: Ctx): string {
  if (a.kind === SNAN) return "sNaN";
  if (a.kind === NAN) return "NaN";
  const sg = a.sign ? "-" : "+";
  if (a.kind === INF) return `${sg}Infinity`;
  if (a.isZero()) return `${sg}Zero`;
  if (a.adjusted() < c.Emin) return `${sg}Subnormal`;
  return `${sg}Normal`;
}

/** max/min per the specification (`sign` 1 for max, -1 for min), mag compares magnitudes. */
export function maxMin(a: Dec, b: Dec, c: Ctx, wantMax: boolean, mag: boolean): Dec {
  if (a.isNaN || b.isNaN) {
    const an = a.kind === NAN, bn = b.kind === NAN;
    if (a.kind === SNAN || b.kind === SNAN || (an && bn)) return checkNaNs(a, b, c)!;
    if (an) return fix(b, c);
    if (bn) return fix(a, c);
  }
  const ma = mag ? new Dec(0, a.coef, a.exp, a.kind) : a;
  const mb = mag ? new Dec(0, b.coef, b.exp, b.kind) : b;
  let k = cmp(ma, mb);
  if (k === 0) k = compareTotal(a, b);
  const pick = (k === -1) === wantMax ? b : a;
  return fix(pick, c);
}
