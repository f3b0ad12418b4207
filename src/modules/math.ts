// The math module: CPython 3.11's Modules/mathmodule.c in TypeScript. Most libm functions map
// to JS Math (V8's fdlibm ports); where V8's results differ from glibc's in the last bit
// (log1p, expm1, sinh, asinh, acosh, atanh, cbrt, log10, erf, erfc) glibc's algorithms are
// reproduced, and gamma/lgamma are CPython's own Lanczos code, so printed results match
// CPython on Linux.
import { type NativeFn, PyBuiltinFunction } from "../objects/builtin_function.ts";
import { floatType, makeInt, None, PyFloat, type PyValue, typeOf } from "../objects/object.ts";
import {
  pyError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
} from "../objects/exceptions.ts";
import {
  asIndex,
  binaryOp,
  callSpecial,
  getIter,
  iterateToArray,
  iterNext,
  lookupSpecial,
} from "../objects/abstract.ts";
import { intToFloat, intValue } from "../objects/int.ts";
import { frexp as floatFrexp } from "../objects/float.ts";
import { makeTuple, PyTuple } from "../objects/tuple.ts";
import { BinaryOp } from "../compiler/opcodes.ts";
import { PyModule } from "../runtime/module_object.ts";

// ---- Argument conversion and checking ---------------------------------------------------------

/** PyFloat_AsDouble: float, int, __float__, __index__; CPython's TypeError otherwise. */
export function toDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  switch (typeof v) {
    case "number":
      return v;
    case "bigint":
      return intToFloat(v);
    case "boolean":
      return v ? 1 : 0;
  }
  // Int subclasses go through __float__ too (it may be overridden), as PyFloat_AsDouble does.
  const f = lookupSpecial(v, "__float__");
  if (f !== undefined) {
    const r = callSpecial(f, v, []);
    if (!(r instanceof PyFloat)) {
      throw pyError(
        PyExc_TypeError,
        `${typeOf(v).name}.__float__ returned non-float (type ${typeOf(r).name})`,
      );
    }
    return r.value;
  }
  if (lookupSpecial(v, "__index__") !== undefined) return intToFloat(asIndex(v));
  throw pyError(PyExc_TypeError, `must be real number, not ${typeOf(v).name}`);
}

export function domainError(): never {
  throw pyError(PyExc_ValueError, "math domain error");
}

export function rangeError(): never {
  throw pyError(PyExc_OverflowError, "math range error");
}

const nkw = (kwnames: readonly string[] | null) => kwnames === null ? 0 : kwnames.length;

/** Functions without keyword parameters reject keywords with their qualified name. */
export function noKw(module: string, name: string, kwnames: readonly string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) {
    throw pyError(PyExc_TypeError, `${module}.${name}() takes no keyword arguments`);
  }
}

/** METH_O: exactly one positional argument. */
export function oneArg(
  module: string,
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
): PyValue {
  noKw(module, name, kwnames);
  if (args.length !== 1) {
    throw pyError(
      PyExc_TypeError,
      `${module}.${name}() takes exactly one argument (${args.length} given)`,
    );
  }
  return args[0];
}

/** Argument Clinic positional-only parameters: "atan2 expected 2 arguments, got 1". */
export function posArgs(
  module: string,
  name: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  min: number,
  max: number,
): void {
  noKw(module, name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  const plural = (k: number) => `${k} argument${k === 1 ? "" : "s"}`;
  if (min === max) throw pyError(PyExc_TypeError, `${name} expected ${plural(min)}, got ${n}`);
  if (n < min) throw pyError(PyExc_TypeError, `${name} expected at least ${plural(min)}, got ${n}`);
  throw pyError(PyExc_TypeError, `${name} expected at most ${plural(max)}, got ${n}`);
}

/**
 * Argument Clinic keyword parsing (_PyArg_UnpackKeywords) with its messages. `names` are the
 * parameters in order; the first `posOnly` are positional-only, those from `kwOnly` on are
 * keyword-only; the first `required` must be given.
 */
export function clinicArgs(
  fname: string,
  args: readonly PyValue[],
  kwnames: readonly string[] | null,
  names: readonly string[],
  posOnly: number,
  kwOnly: number,
  required: number,
): (PyValue | undefined)[] {
  const k = nkw(kwnames);
  const npos = args.length - k;
  const out: (PyValue | undefined)[] = new Array(names.length).fill(undefined);
  if (args.length > names.length) {
    const max = names.length;
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes at most ${max} ${npos === 0 ? "keyword " : ""}argument${
        max === 1 ? "" : "s"
      } (${args.length} given)`,
    );
  }
  const minPosOnly = Math.min(posOnly, required);
  if (npos < minPosOnly) {
    throw pyError(
      PyExc_TypeError,
      `${fname}() takes ${
        minPosOnly < kwOnly ? "at least" : "exactly"
      } ${minPosOnly} positional argument${minPosOnly === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  if (npos > kwOnly) {
    const minPos = Math.min(required, kwOnly);
    throw pyError(
      PyExc_TypeError,
      kwOnly === 0
        ? `${fname}() takes no positional arguments`
        : `${fname}() takes ${
          minPos < kwOnly ? "at most" : "exactly"
        } ${kwOnly} positional argument${kwOnly === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  let unknown: string | undefined;
  for (let j = 0; j < k; j++) {
    const key = kwnames![j];
    const idx = names.indexOf(key);
    if (idx < posOnly) {
      unknown ??= key;
      continue;
    }
    if (out[idx] !== undefined) {
      throw pyError(
        PyExc_TypeError,
        `argument for ${fname}() given by name ('${key}') and position (${idx + 1})`,
      );
    }
    out[idx] = args[npos + j];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      throw pyError(
        PyExc_TypeError,
        i < kwOnly
          ? `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`
          : `${fname}() missing required keyword-only argument '${names[i]}'`,
      );
    }
  }
  if (unknown !== undefined) {
    throw pyError(PyExc_TypeError, `'${unknown}' is an invalid keyword argument for ${fname}()`);
  }
  return out;
}

// ---- Float bit helpers ------------------------------------------------------------------------

// Scratch views for reading and writing the bits of one double (no state between calls).
const scratchF64 = new Float64Array(1);
const scratchU64 = new BigUint64Array(scratchF64.buffer);
const scratchU32 = new Uint32Array(scratchF64.buffer);
const HI = 1; // index of the high word in little-endian layout

/** The sign bit of x (true for -0.0 and negative NaNs). */
export function signBit(x: number): boolean {
  if (x !== 0 && !Number.isNaN(x)) return x < 0;
  scratchF64[0] = x;
  return (scratchU32[HI] >>> 31) === 1;
}

export function copysign(x: number, y: number): number {
  const ax = Number.isNaN(x) ? NaN : Math.abs(x);
  return signBit(y) ? -ax : ax;
}

function highWord(x: number): number {
  scratchF64[0] = x;
  return scratchU32[HI] | 0;
}

/** x with its low 32 bits cleared (fdlibm's SET_LOW_WORD(z, 0)). */
function clearLowWord(x: number): number {
  scratchF64[0] = x;
  scratchU32[1 - HI] = 0;
  return scratchF64[0];
}

export function nextafter(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  scratchF64[0] = x;
  if ((x > 0) === (y > x)) scratchU64[0] += 1n;
  else scratchU64[0] -= 1n;
  return scratchF64[0];
}

/** ldexp(x, e) with a single rounding, also for subnormal results. */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, me] = floatFrexp(x);
  const ne = me + e;
  if (ne > 1024) return x > 0 ? Infinity : -Infinity;
  if (ne >= -1021) return m * 2 * Math.pow(2, ne - 1);
  if (ne < -2100) return x > 0 ? 0 : -0;
  return (m * Math.pow(2, ne + 1074)) * 5e-324;
}

export function frexp(x: number): [number, number] {
  if (Number.isNaN(x) || !Number.isFinite(x) || x === 0) return [x, 0];
  return floatFrexp(x);
}

// ---- The vector norm (hypot, dist) ------------------------------------------------------------

const T27 = 134217729.0; // 2**27 + 1, the Veltkamp-Dekker splitter

/**
 * sqrt(sum(x*x for x in vec)) as CPython's vector_norm: scaling by a power of two, exact
 * squaring by splitting, compensated summation and a differential correction of the root, so
 * results are (almost always) correctly rounded. vec holds absolute values, max the largest.
 */
export function vectorNorm(vec: ArrayLike<number>, n: number, max: number, foundNan: boolean) {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const maxE = floatFrexp(max)[1];
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
  let x: number, t: number, hi: number, lo: number, oldcsum: number;
  if (maxE >= -1023) {
    const scale = ldexp(1.0, -maxE);
    for (let i = 0; i < n; i++) {
      x = vec[i] * scale;
      t = x * T27;
      hi = t - (t - x);
      lo = x - hi;
      x = hi * hi;
      oldcsum = csum;
      csum += x;
      frac1 += (oldcsum - csum) + x;
      x = 2.0 * hi * lo;
      oldcsum = csum;
      csum += x;
      frac2 += (oldcsum - csum) + x;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = -2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    x = -lo * lo;
    oldcsum = csum;
    csum += x;
    frac3 += (oldcsum - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
  }
  // Tiny max: ldexp(1.0, -maxE) would overflow, so divide by max instead.
  for (let i = 0; i < n; i++) {
    x = vec[i] / max;
    x = x * x;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
  }
  return max * Math.sqrt(csum - 1.0 + frac1);
}

/** atan2 with the sign of a zero result taken from y (V8 loses it on underflow). */
export function atan2(y: number, x: number): number {
  const r = Math.atan2(y, x);
  return r === 0 ? copysign(0, y) : r;
}

// Holds hypot2's two arguments during one call (no state between calls).
const pairScratch = new Float64Array(2);

/** hypot(x, y) through the vector norm (libm's hypot is correctly rounded in practice too). */
export function hypot2(x: number, y: number): number {
  const ax = Math.abs(x), ay = Math.abs(y);
  if (ax === Infinity || ay === Infinity) return Infinity;
  if (Number.isNaN(ax) || Number.isNaN(ay)) return NaN;
  pairScratch[0] = ax;
  pairScratch[1] = ay;
  return vectorNorm(pairScratch, 2, ax > ay ? ax : ay, false);
}

// ---- Special functions ------------------------------------------------------------------------

const PI = Math.PI;
const LOG_PI = 1.144729885849400174143427351353058711647;

/** sin(pi*x), accurate near integers (for the gamma reflection formula). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = Math.sin(PI * y);
      break;
    case 1:
      r = Math.cos(PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(PI * (1.0 - y));
      break;
    case 3:
      r = -Math.cos(PI * (y - 1.5));
      break;
    default:
      r = Math.sin(PI * (y - 2.0));
  }
  return copysign(1.0, x) * r;
}

// Lanczos approximation, N=13 and g=6.024680040776729583740234375 (CPython's parameters).
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940,
  42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843,
  17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708,
  1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801,
  31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768,
  186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024,
  210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [
  0.0,
  39916800.0,
  120543840.0,
  150917976.0,
  105258076.0,
  45995730.0,
  13339535.0,
  2637558.0,
  357423.0,
  32670.0,
  1925.0,
  66.0,
  1.0,
];
const GAMMA_INTEGRAL = [
  1.0,
  1.0,
  2.0,
  6.0,
  24.0,
  120.0,
  720.0,
  5040.0,
  40320.0,
  362880.0,
  3628800.0,
  39916800.0,
  479001600.0,
  6227020800.0,
  87178291200.0,
  1307674368000.0,
  20922789888000.0,
  355687428096000.0,
  6402373705728000.0,
  121645100408832000.0,
  2432902008176640000.0,
  51090942171709440000.0,
  1124000727777607680000.0,
];

function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  // For large x evaluate as a rational function of 1/x to avoid overflow.
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** gamma(x); throws CPython's errors (EDOM -> ValueError, ERANGE -> OverflowError). */
export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    return domainError();
  }
  if (x === 0) return domainError();
  if (x === Math.floor(x)) {
    if (x < 0) return domainError();
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) rangeError();
    return r;
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    return rangeError();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error in y, folded back in as a first-order correction.
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0.0) {
    r = -PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) r *= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (!Number.isFinite(r)) rangeError();
  return r;
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return domainError();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  if (!Number.isFinite(r)) rangeError();
  return r;
}

// erf/erfc: the Sun fdlibm method glibc uses (rational approximations on [0, 0.84375],
// [0.84375, 1.25], and erfc = exp(-x*x - 0.5625 + R/S)/x beyond), with its coefficients.
const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [
  1.28379167095512558561e-01,
  -3.25042107247001499370e-01,
  -2.84817495755985104766e-02,
  -5.77027029648944159157e-03,
  -2.37630166566501626084e-05,
];
const QQ = [
  0.0,
  3.97917223959155352819e-01,
  6.50222499887672944485e-02,
  5.08130628187576562776e-03,
  1.32494738004321644526e-04,
  -3.96022827877536812320e-06,
];
const PA = [
  -2.36211856075265944077e-03,
  4.14856118683748331666e-01,
  -3.72207876035701323847e-01,
  3.18346619901161753674e-01,
  -1.10894694282396677476e-01,
  3.54783043256182359371e-02,
  -2.16637559486879084300e-03,
];
const QA = [
  0.0,
  1.06420880400844228286e-01,
  5.40397917702171048937e-01,
  7.18286544141962662868e-02,
  1.26171219808761642112e-01,
  1.36370839120290507362e-02,
  1.19844998467991074170e-02,
];
const RA = [
  -9.86494403484714822705e-03,
  -6.93858572707181764372e-01,
  -1.05586262253232909814e+01,
  -6.23753324503260060396e+01,
  -1.62396669462573470355e+02,
  -1.84605092906711035994e+02,
  -8.12874355063065934246e+01,
  -9.81432934416914548592e+00,
];
const SA = [
  0.0,
  1.96512716674392571292e+01,
  1.37657754143519042600e+02,
  4.34565877475229228821e+02,
  6.45387271733267880336e+02,
  4.29008140027567833386e+02,
  1.08635005541779435134e+02,
  6.57024977031928170135e+00,
  -6.04244152148580987438e-02,
];
const RB = [
  -9.86494292470009928597e-03,
  -7.99283237680523006574e-01,
  -1.77579549177547519889e+01,
  -1.60636384855821916062e+02,
  -6.37566443368389627722e+02,
  -1.02509513161107724954e+03,
  -4.83519191608651397019e+02,
];
const SB = [
  0.0,
  3.03380607434824582924e+01,
  3.25792512996573918826e+02,
  1.53672958608443695994e+03,
  3.19985821950859553908e+03,
  2.55305040643316442583e+03,
  4.74528541206955367215e+02,
  -2.24409524465858183362e+01,
];

/** (erf(x) - x)/x on |x| < 0.84375 as the rational function R/S of x*x. */
function erfSmallRatio(x: number): number {
  const z = x * x;
  const r1 = PP[0] + z * PP[1], z2 = z * z;
  const r2 = PP[2] + z * PP[3], z4 = z2 * z2;
  const s1 = 1 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** erf(1 + s) - ERX on 0.84375 <= |x| < 1.25, s = |x| - 1. */
function erfNearOne(ax: number): number {
  const s = ax - 1;
  const P1 = PA[0] + s * PA[1], s2 = s * s;
  const Q1 = 1 + s * QA[1], s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3], s6 = s4 * s2;
  const Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5];
  const Q3 = QA[4] + s * QA[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6];
  return P / Q;
}

/** x * erfc(x) * exp(x*x) in exponent form for 1.25 <= x < 28: exp(-x*x-0.5625+R/S). */
function erfcTail(ax: number, small: boolean): number {
  const s = 1 / (ax * ax);
  let R: number, S: number;
  if (small) {
    const R1 = RA[0] + s * RA[1], s2 = s * s;
    const S1 = 1 + s * SA[1], s4 = s2 * s2;
    const R2 = RA[2] + s * RA[3], s6 = s4 * s2;
    const S2 = SA[2] + s * SA[3], s8 = s4 * s4;
    const R3 = RA[4] + s * RA[5];
    const S3 = SA[4] + s * SA[5];
    const R4 = RA[6] + s * RA[7];
    const S4 = SA[6] + s * SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8];
  } else {
    const R1 = RB[0] + s * RB[1], s2 = s * s;
    const S1 = 1 + s * SB[1], s4 = s2 * s2;
    const R2 = RB[2] + s * RB[3], s6 = s4 * s2;
    const S2 = SB[2] + s * SB[3];
    const R3 = RB[4] + s * RB[5];
    const S3 = SB[4] + s * SB[5];
    const S4 = SB[6] + s * SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  // exp(-x*x) split as exp(-z*z) * exp((z-x)*(z+x)) with z = x truncated to 21 mantissa bits.
  const z = clearLowWord(ax);
  return Math.exp(-z * z - 0.5625) * Math.exp((z - ax) * (z + ax) + R / S);
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) {
      if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
      return x + EFX * x;
    }
    return x + x * erfSmallRatio(x);
  }
  if (ix < 0x3ff40000) {
    const pq = erfNearOne(Math.abs(x));
    return hx >= 0 ? ERX + pq : -ERX - pq;
  }
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const ax = Math.abs(x);
  const r = erfcTail(ax, ix < 0x4006db6e);
  return hx >= 0 ? 1 - r / ax : r / ax - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return x > 0 ? 0 : 2;
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = erfSmallRatio(x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    let r = x * y;
    r += x - 0.5;
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = erfNearOne(Math.abs(x));
    if (hx >= 0) return (1 - ERX) - pq;
    return 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
    const ax = Math.abs(x);
    const r = erfcTail(ax, ix < 0x4006db6d);
    return hx > 0 ? r / ax : 2 - r / ax;
  }
  return hx > 0 ? 0 : 2 - 1e-300;
}

/** IEEE 754 remainder (CPython's m_remainder): exact, ties to the even multiple. */
export function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return copysign(1.0, x) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

/** math.pow's rules for specials, then libm pow with CPython's error classification. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2.0 === 1.0;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = Math.pow(x, y);
  if (Number.isNaN(r)) return domainError();
  if (!Number.isFinite(r)) {
    if (x === 0) return domainError();
    return rangeError();
  }
  return r;
}

// ---- Integer helpers --------------------------------------------------------------------------

const big = (v: number | bigint): bigint => typeof v === "bigint" ? v : BigInt(v);
const I64_MAX = 9223372036854775807n;

function bigBitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

/** floor(sqrt(n)) for n >= 0 (CPython's adaptive-precision Newton iteration for big n). */
export function isqrtInt(n: number | bigint): number | bigint {
  if (typeof n === "number") {
    if (n < 2 ** 52) {
      let a = Math.floor(Math.sqrt(n));
      while (a * a > n) a--;
      while ((a + 1) * (a + 1) <= n) a++;
      return a;
    }
    n = BigInt(n);
  }
  if (n === 0n) return 0;
  const c = (bigBitLength(n) - 1) >> 1;
  let a = 1n;
  let d = 0;
  for (let s = 32 - Math.clz32(c) - 1; s >= 0; s--) {
    const e = d;
    d = c >> s;
    a = (a << BigInt(d - e - 1)) + (n >> BigInt(2 * c - e - d + 1)) / a;
  }
  if (a * a > n) a -= 1n;
  return makeInt(a);
}

/** Product of lo * (lo+1) * ... * hi (lo <= hi) by balanced splitting. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n < 8n) {
    let p = lo;
    for (let i = lo + 1n; i <= hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

/** Product of the small integers lo..hi (safe ints), multiplying in doubles while exact. */
function smallRangeProduct(lo: number, hi: number): bigint {
  const leaves: bigint[] = [];
  let acc = 1;
  for (let i = lo; i <= hi; i++) {
    const next = acc * i;
    if (next > 9007199254740991) {
      leaves.push(BigInt(acc));
      acc = i;
    } else acc = next;
  }
  leaves.push(BigInt(acc));
  // Multiply leaves pairwise so the big multiplications stay balanced.
  let layer = leaves;
  while (layer.length > 1) {
    const next: bigint[] = [];
    for (let i = 0; i + 1 < layer.length; i += 2) next.push(layer[i] * layer[i + 1]);
    if (layer.length & 1) next.push(layer[layer.length - 1]);
    layer = next;
  }
  return layer[0];
}

function factorialOf(arg: PyValue): number | bigint {
  const n = asIndex(arg);
  if (n < 0) throw pyError(PyExc_ValueError, "factorial() not defined for negative values");
  if (typeof n === "bigint" && n > I64_MAX) {
    throw pyError(
      PyExc_OverflowError,
      "factorial() argument should not exceed 9223372036854775807",
    );
  }
  const k = Number(n);
  if (k <= 18) {
    let r = 1;
    for (let i = 2; i <= k; i++) r *= i;
    return r;
  }
  return makeInt(smallRangeProduct(2, k));
}

function gcdInt(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === "number" && typeof b === "number") {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  let x = big(a), y = big(b);
  if (x < 0n) x = -x;
  if (y < 0n) y = -y;
  while (y !== 0n) [x, y] = [y, x % y];
  return makeInt(x);
}

function absInt(a: number | bigint): number | bigint {
  return a < 0 ? makeInt(-big(a)) : a;
}

function lcmInt(a: number | bigint, b: number | bigint): number | bigint {
  if (a == 0 || b == 0) return 0;
  const g = gcdInt(a, b);
  return absInt(makeInt((big(a) / big(g)) * big(b)));
}

// ---- Logarithms -------------------------------------------------------------------------------

/**
 * CPython's loghelper: ints (however large) are handled exactly via frexp, other values go
 * through the float function with math_1's error rules.
 */
function logHelper(arg: PyValue, f: (x: number) => number): number {
  const i = intValue(arg);
  if (i !== undefined) {
    if (i <= 0) return domainError();
    if (typeof i === "number") return f(i);
    const x = Number(i);
    if (Number.isFinite(x)) return f(x);
    // Beyond float range: i ~= m * 2**e with m rounded to 53 bits (as _PyLong_Frexp).
    const nbits = bigBitLength(i);
    const shift = nbits - 64;
    let top = i >> BigInt(shift);
    if ((i & ((1n << BigInt(shift)) - 1n)) !== 0n) top |= 1n;
    let m = Number(top) / 2 ** 64;
    let e = nbits;
    if (m === 1) {
      m = 0.5;
      e += 1;
    }
    return f(m) + f(2.0) * e;
  }
  return math1Value(toDouble(arg), f, false);
}

/** math_1's rules: NaN from non-NaN is a domain error, inf from finite overflow or domain. */
function math1Value(x: number, f: (x: number) => number, canOverflow: boolean): number {
  const r = f(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) return domainError();
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
    if (canOverflow) return rangeError();
    return domainError();
  }
  return r;
}

// log1p as glibc's fdlibm version (V8's differs in the last bit for some arguments, e.g. 2.0),
// and the inverse hyperbolic functions built on it as glibc builds them.
const LN2_HI = 6.93147180369123816490e-01;
const LN2_LO = 1.90821492927058770002e-10;
const LP = [
  0.0,
  6.666666666666735130e-01,
  3.999999999940941908e-01,
  2.857142874366239149e-01,
  2.222219843214978396e-01,
  1.818357216161805012e-01,
  1.531383769920937332e-01,
  1.479819860511658591e-01,
];

/** x with its high 32 bits replaced. */
function withHighWord(x: number, hi: number): number {
  scratchF64[0] = x;
  scratchU32[HI] = hi >>> 0;
  return scratchF64[0];
}

export function log1p(x: number): number {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0, c = 0, hu = 0;
  if (hx < 0x3fda827a) {
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) { // |x| < 2**-29
      if (ax < 0x3c900000) return x;
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) {
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1.0 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0); // the rounding error of 1 + x
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) u = withHighWord(u, hu | 0x3ff00000);
    else {
      k += 1;
      u = withHighWord(u, hu | 0x3fe00000);
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1.0;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) {
    if (f === 0) {
      if (k === 0) return 0;
      c += k * LN2_LO;
      return k * LN2_HI + c;
    }
    const R = hfsq * (1.0 - 0.66666666666666666 * f);
    if (k === 0) return f - R;
    return k * LN2_HI - ((R - (k * LN2_LO + c)) - f);
  }
  const s = f / (2.0 + f);
  const z = s * s;
  const R1 = z * LP[1], z2 = z * z;
  const R2 = LP[2] + z * LP[3], z4 = z2 * z2;
  const R3 = LP[4] + z * LP[5], z6 = z4 * z2;
  const R4 = LP[6] + z * LP[7];
  const R = R1 + z2 * R2 + z4 * R3 + z6 * R4;
  if (k === 0) return f - (hfsq - s * (hfsq + R));
  return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f);
}

// log10 as glibc's fdlibm version: n*log10(2) split in two plus log(m)/ln(10).
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;

export function log10(x: number): number {
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    if (x === 0) return -Infinity;
    if (x < 0 || Number.isNaN(x)) return NaN;
    k -= 54;
    x *= 18014398509481984;
  }
  if (!Number.isFinite(x)) return x + x;
  let hx = highWord(x);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  const y = k + i;
  x = withHighWord(x, hx);
  const z = y * LOG10_2LO + IVLN10 * Math.log(x);
  return z + y * LOG10_2HI;
}

// expm1 and sinh as glibc's fdlibm versions (V8's expm1 differs in the last bit at times).
const INVLN2 = 1.44269504088896338700e+00;
const EXPM1_Q = [
  1.0,
  -3.33333333333331316428e-02,
  1.58730158725481460165e-03,
  -7.93650757867487942473e-05,
  4.00821782732936239552e-06,
  -2.01099218183624371326e-07,
];

/** y * 2**k by adding k to the exponent field (y normal, result normal). */
function addExponent(y: number, k: number): number {
  return withHighWord(y, highWord(y) + (k << 20));
}

export function expm1(x: number): number {
  const hxFull = highWord(x);
  const negative = hxFull < 0;
  const hx = hxFull & 0x7fffffff;
  if (hx >= 0x4043687a) { // |x| >= 56*ln2
    if (hx >= 0x40862e42) {
      if (!Number.isFinite(x)) return Number.isNaN(x) ? x : negative ? -1.0 : x;
      if (x > 7.09782712893383973096e+02) return Infinity;
    }
    if (negative) return 1e-300 - 1.0;
  }
  let k: number, c = 0;
  if (hx > 0x3fd62e42) { // |x| > 0.5 ln2: reduce to x - k*ln2
    let hi: number, lo: number;
    if (hx < 0x3ff0a2b2) {
      if (!negative) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(INVLN2 * x + (negative ? -0.5 : 0.5));
      hi = x - k * LN2_HI;
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) return x;
  else k = 0;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const R1 = 1.0 + hxs * EXPM1_Q[1], h2 = hxs * hxs;
  const R2 = EXPM1_Q[2] + hxs * EXPM1_Q[3], h4 = h2 * h2;
  const R3 = EXPM1_Q[4] + hxs * EXPM1_Q[5];
  const r1 = R1 + h2 * R2 + h4 * R3;
  const t = 3.0 - r1 * hfx;
  let e = hxs * ((r1 - t) / (6.0 - x * t));
  if (k === 0) return x - (x * e - hxs);
  e = x * (e - c) - c;
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) {
    if (x < -0.25) return -2.0 * (e - (x + 0.5));
    return 1.0 + 2.0 * (x - e);
  }
  if (k <= -2 || k > 56) return addExponent(1.0 - (e - x), k) - 1.0;
  if (k < 20) {
    const t1 = withHighWord(1.0, 0x3ff00000 - (0x200000 >> k)); // 1 - 2**-k
    return addExponent(t1 - (e - x), k);
  }
  const t2 = withHighWord(1.0, (0x3ff - k) << 20); // 2**-k
  return addExponent(x - (e + t2) + 1.0, k);
}

export function sinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const h = x < 0 || Object.is(x, -0) ? -0.5 : 0.5;
  const ax = Math.abs(x);
  if (ax < 22) {
    if (ax < 2 ** -28) return x;
    const t = expm1(ax);
    if (ax < 1) return h * (2.0 * t - t * t / (t + 1.0));
    return h * (t + t / (t + 1.0));
  }
  if (ax < 709.7822265625) return h * Math.exp(ax);
  if (ax <= 710.4758600739439) {
    const w = Math.exp(0.5 * ax);
    const t = h * w;
    return t * w;
  }
  return x * 1e307;
}

export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + t * xa / (1.0 - xa));
  } else if (xa < 1.0) t = 0.5 * log1p((xa + xa) / (1.0 - xa));
  else if (xa > 1.0 || Number.isNaN(xa)) return NaN;
  else return x / 0;
  return copysign(t, x);
}

export function asinh(x: number): number {
  if (!Number.isFinite(x)) return x + x;
  const ax = Math.abs(x);
  if (ax < 2 ** -28) return x;
  let w: number;
  if (ax > 2 ** 28) w = Math.log(ax) + Math.LN2;
  else if (ax > 2.0) w = Math.log(2.0 * ax + 1.0 / (Math.sqrt(x * x + 1.0) + ax));
  else {
    const t = x * x;
    w = log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
  }
  return x > 0 ? w : -w;
}

export function acosh(x: number): number {
  if (Number.isNaN(x) || x < 1) return NaN;
  if (x >= 2 ** 28) return x === Infinity ? x : Math.log(x) + Math.LN2;
  if (x === 1) return 0;
  if (x > 2) return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(x * x - 1.0)));
  const t = x - 1.0;
  return log1p(t + Math.sqrt(2.0 * t + t * t));
}

// cbrt as glibc: a polynomial first guess on the reduced argument, one Halley step.
const CBRT2 = 1.2599210498948731648;
const SQR_CBRT2 = 1.5874010519681994748;
const CBRT_FACTOR = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const [xm, xe] = floatFrexp(Math.abs(x));
  const u = 0.354895765043919860 +
    (1.50819193781584896 +
        (-2.11499494167371287 +
            (2.44693122563534430 +
                (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) *
                  xm) * xm) * xm) * xm;
  const t2 = u * u * u;
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
  return ldexp(x > 0.0 ? ym : -ym, Math.trunc(xe / 3));
}

// ---- Module functions -------------------------------------------------------------------------

const fl = (x: number) => new PyFloat(x);

function math1(name: string, f: (x: number) => number, canOverflow: boolean): NativeFn {
  return (args, kwnames) =>
    fl(math1Value(toDouble(oneArg("math", name, args, kwnames)), f, canOverflow));
}

/** math_2's rules for two-argument libm functions. */
function math2(name: string, f: (x: number, y: number) => number): NativeFn {
  return (args, kwnames) => {
    posArgs("math", name, args, kwnames, 2, 2);
    const x = toDouble(args[0]), y = toDouble(args[1]);
    const r = f(x, y);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) domainError();
    } else if (!Number.isFinite(r)) {
      if (Number.isFinite(x) && Number.isFinite(y) && Math.abs(r) >= 1.5) rangeError();
    }
    return fl(r);
  };
}

function roundingFn(name: string, special: string, round: (x: number) => number): NativeFn {
  return (args, kwnames) => {
    const x = oneArg("math", name, args, kwnames);
    if (!(x instanceof PyFloat && x.cls === floatType)) {
      const m = lookupSpecial(x, special);
      if (m !== undefined) return callSpecial(m, x, []);
    }
    return floatToIntChecked(round(toDouble(x)));
  };
}

function floatToIntChecked(x: number): number | bigint {
  if (Number.isNaN(x)) throw pyError(PyExc_ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) {
    throw pyError(PyExc_OverflowError, "cannot convert float infinity to integer");
  }
  return Number.isSafeInteger(x) ? (x === 0 ? 0 : x) : BigInt(x);
}

function fsum(seq: PyValue): number {
  const it = getIter(seq);
  const p: number[] = [];
  let n = 0;
  let specialSum = 0.0, infSum = 0.0;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    let x = toDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0.0) p[i++] = lo;
      x = hi;
    }
    n = i;
    if (x !== 0.0) {
      if (!Number.isFinite(x)) {
        // From an inf/nan summand, or an intermediate overflow of finite ones.
        if (Number.isFinite(xsave)) {
          throw pyError(PyExc_OverflowError, "intermediate overflow in fsum");
        }
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        n = 0;
      } else p[n++] = x;
    }
  }
  if (specialSum !== 0.0) {
    if (Number.isNaN(infSum)) throw pyError(PyExc_ValueError, "-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0.0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0.0;
    // Sum the partials from the top, stopping once the sum becomes inexact.
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0.0) break;
    }
    // Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up.
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      const y = lo * 2.0;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

function prod(iterable: PyValue, start: PyValue): PyValue {
  const it = getIter(iterable);
  let result = start;
  for (let item = iterNext(it); item !== undefined; item = iterNext(it)) {
    if (typeof result === "number" && typeof item === "number") {
      const r = result * item;
      if (Number.isSafeInteger(r)) {
        result = r === 0 ? 0 : r;
        continue;
      }
    }
    result = binaryOp(result, item, BinaryOp.MULTIPLY);
  }
  return result;
}

function permComb(name: "perm" | "comb", nArg: PyValue, kArg: PyValue): number | bigint {
  const n = asIndex(nArg), k0 = asIndex(kArg);
  if (n < 0) throw pyError(PyExc_ValueError, "n must be a non-negative integer");
  if (k0 < 0) throw pyError(PyExc_ValueError, "k must be a non-negative integer");
  if (k0 > n) return 0;
  const N = big(n);
  let K = big(k0);
  if (name === "comb" && N - K < K) K = N - K;
  if (K > I64_MAX) {
    throw pyError(
      PyExc_OverflowError,
      name === "perm"
        ? "k must not exceed 9223372036854775807"
        : "min(n - k, k) must not exceed 9223372036854775807",
    );
  }
  if (K === 0n) return 1;
  if (K === 1n) return makeInt(N);
  const p = N <= 9007199254740991n
    ? smallRangeProduct(Number(N - K + 1n), Number(N))
    : rangeProduct(N - K + 1n, N);
  if (name === "perm") return makeInt(p);
  const kf = K <= 9007199254740991n ? smallRangeProduct(1, Number(K)) : rangeProduct(1n, K);
  return makeInt(p / kf);
}

function isclose(a: number, b: number, relTol: number, absTol: number): boolean {
  if (relTol < 0.0 || absTol < 0.0) {
    throw pyError(PyExc_ValueError, "tolerances must be non-negative");
  }
  if (a === b) return true;
  if (!Number.isFinite(a) && !Number.isNaN(a)) return false;
  if (!Number.isFinite(b) && !Number.isNaN(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
}

function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

function modf(x: number): [number, number] {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) return [x, x];
    return [copysign(0, x), x];
  }
  const i = Math.trunc(x);
  const f = x - i;
  return [f === 0 ? copysign(0, x) : f, i];
}

function fmod(x: number, y: number): number {
  if (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x)) return x;
  const r = x % y;
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
  return r;
}

const DEG_TO_RAD = Math.PI / 180.0;
const RAD_TO_DEG = 180.0 / Math.PI;

function normArgs(values: readonly PyValue[], vec: number[]): [number, boolean] {
  let max = 0.0;
  let foundNan = false;
  for (let i = 0; i < values.length; i++) {
    const x = Math.abs(toDouble(values[i]));
    vec[i] = x;
    if (Number.isNaN(x)) foundNan = true;
    if (x > max) max = x;
  }
  return [max, foundNan];
}

const TABLE: Record<string, NativeFn> = {
  acos: math1("acos", Math.acos, false),
  acosh: math1("acosh", acosh, false),
  asin: math1("asin", Math.asin, false),
  asinh: math1("asinh", asinh, false),
  atan: math1("atan", Math.atan, false),
  atan2: math2("atan2", atan2),
  atanh: math1("atanh", atanh, false),
  cbrt: math1("cbrt", cbrt, false),
  ceil: roundingFn("ceil", "__ceil__", Math.ceil),
  copysign: math2("copysign", copysign),
  cos: math1("cos", Math.cos, false),
  cosh: math1("cosh", Math.cosh, true),
  degrees: (args, kwnames) => fl(toDouble(oneArg("math", "degrees", args, kwnames)) * RAD_TO_DEG),
  dist(args, kwnames) {
    posArgs("math", "dist", args, kwnames, 2, 2);
    const p = args[0], q = args[1];
    const pItems = p instanceof PyTuple ? p.items : iterateToArray(p);
    const qItems = q instanceof PyTuple ? q.items : iterateToArray(q);
    if (pItems.length !== qItems.length) {
      throw pyError(PyExc_ValueError, "both points must have the same number of dimensions");
    }
    const n = pItems.length;
    const diffs = new Array<number>(n);
    let max = 0.0;
    let foundNan = false;
    for (let i = 0; i < n; i++) {
      const px = toDouble(pItems[i]);
      const qx = toDouble(qItems[i]);
      const x = Math.abs(px - qx);
      diffs[i] = x;
      if (Number.isNaN(x)) foundNan = true;
      if (x > max) max = x;
    }
    return fl(vectorNorm(diffs, n, max, foundNan));
  },
  erf: (args, kwnames) => fl(erf(toDouble(oneArg("math", "erf", args, kwnames)))),
  erfc: (args, kwnames) => fl(erfc(toDouble(oneArg("math", "erfc", args, kwnames)))),
  exp: math1("exp", Math.exp, true),
  exp2: math1("exp2", (x) => Math.pow(2, x), true),
  expm1: math1("expm1", expm1, true),
  fabs: math1("fabs", Math.abs, false),
  factorial: (args, kwnames) => factorialOf(oneArg("math", "factorial", args, kwnames)),
  floor: roundingFn("floor", "__floor__", Math.floor),
  fmod(args, kwnames) {
    posArgs("math", "fmod", args, kwnames, 2, 2);
    return fl(fmod(toDouble(args[0]), toDouble(args[1])));
  },
  frexp(args, kwnames) {
    const [m, e] = frexp(toDouble(oneArg("math", "frexp", args, kwnames)));
    return makeTuple([fl(m), e]);
  },
  fsum: (args, kwnames) => fl(fsum(oneArg("math", "fsum", args, kwnames))),
  gamma: (args, kwnames) => fl(gamma(toDouble(oneArg("math", "gamma", args, kwnames)))),
  gcd(args, kwnames) {
    noKw("math", "gcd", kwnames);
    if (args.length === 0) return 0;
    let res = asIndex(args[0]);
    if (args.length === 1) return absInt(res);
    for (let i = 1; i < args.length; i++) {
      const x = asIndex(args[i]);
      if (res !== 1) res = gcdInt(res, x);
    }
    return res;
  },
  hypot(args, kwnames) {
    noKw("math", "hypot", kwnames);
    const vec = new Array<number>(args.length);
    const [max, foundNan] = normArgs(args, vec);
    return fl(vectorNorm(vec, args.length, max, foundNan));
  },
  isclose(args, kwnames) {
    const [a, b, rel, abs] = clinicArgs(
      "isclose",
      args,
      kwnames,
      ["a", "b", "rel_tol", "abs_tol"],
      0,
      2,
      2,
    );
    const x = toDouble(a!), y = toDouble(b!);
    const relTol = rel === undefined ? 1e-09 : toDouble(rel);
    const absTol = abs === undefined ? 0.0 : toDouble(abs);
    return isclose(x, y, relTol, absTol);
  },
  isfinite: (args, kwnames) => Number.isFinite(toDouble(oneArg("math", "isfinite", args, kwnames))),
  isinf(args, kwnames) {
    const x = toDouble(oneArg("math", "isinf", args, kwnames));
    return x === Infinity || x === -Infinity;
  },
  isnan: (args, kwnames) => Number.isNaN(toDouble(oneArg("math", "isnan", args, kwnames))),
  isqrt(args, kwnames) {
    const n = asIndex(oneArg("math", "isqrt", args, kwnames));
    if (n < 0) throw pyError(PyExc_ValueError, "isqrt() argument must be nonnegative");
    return isqrtInt(n);
  },
  lcm(args, kwnames) {
    noKw("math", "lcm", kwnames);
    if (args.length === 0) return 1;
    let res = asIndex(args[0]);
    if (args.length === 1) return absInt(res);
    for (let i = 1; i < args.length; i++) {
      const x = asIndex(args[i]);
      if (res !== 0) res = lcmInt(res, x);
    }
    return res;
  },
  ldexp(args, kwnames) {
    posArgs("math", "ldexp", args, kwnames, 2, 2);
    const x = toDouble(args[0]);
    const i = intValue(args[1]);
    if (i === undefined) {
      throw pyError(PyExc_TypeError, "Expected an int as second argument to ldexp.");
    }
    if (x === 0 || !Number.isFinite(x)) return fl(x);
    if (i > 2147483647) return rangeError();
    if (i < -2147483648) return fl(copysign(0, x));
    const r = ldexp(x, Number(i));
    if (!Number.isFinite(r)) rangeError();
    return fl(r);
  },
  lgamma: (args, kwnames) => fl(lgamma(toDouble(oneArg("math", "lgamma", args, kwnames)))),
  log(args, kwnames) {
    // METH_VARARGS: the message names the function without the module.
    if (nkw(kwnames) > 0) throw pyError(PyExc_TypeError, "log() takes no keyword arguments");
    if (args.length < 1 || args.length > 2) {
      throw pyError(PyExc_TypeError, "math.log requires 1 to 2 arguments");
    }
    const num = logHelper(args[0], Math.log);
    if (args.length === 1) return fl(num);
    const den = logHelper(args[1], Math.log);
    if (den === 0) throw pyError(PyExc_ZeroDivisionError, "float division by zero");
    return fl(num / den);
  },
  log1p: math1("log1p", log1p, false),
  log10: (args, kwnames) => fl(logHelper(oneArg("math", "log10", args, kwnames), log10)),
  log2: (args, kwnames) => fl(logHelper(oneArg("math", "log2", args, kwnames), Math.log2)),
  modf(args, kwnames) {
    const [f, i] = modf(toDouble(oneArg("math", "modf", args, kwnames)));
    return makeTuple([fl(f), fl(i)]);
  },
  nextafter(args, kwnames) {
    posArgs("math", "nextafter", args, kwnames, 2, 2);
    return fl(nextafter(toDouble(args[0]), toDouble(args[1])));
  },
  perm(args, kwnames) {
    posArgs("math", "perm", args, kwnames, 1, 2);
    const k = args[1];
    if (k === undefined || k === None) return factorialOf(args[0]);
    return permComb("perm", args[0], k);
  },
  comb(args, kwnames) {
    posArgs("math", "comb", args, kwnames, 2, 2);
    return permComb("comb", args[0], args[1]);
  },
  pow(args, kwnames) {
    posArgs("math", "pow", args, kwnames, 2, 2);
    return fl(mathPow(toDouble(args[0]), toDouble(args[1])));
  },
  prod(args, kwnames) {
    const [iterable, start] = clinicArgs(
      "prod",
      args,
      kwnames,
      ["iterable", "start"],
      1,
      1,
      1,
    );
    return prod(iterable!, start === undefined ? 1 : start);
  },
  radians: (args, kwnames) => fl(toDouble(oneArg("math", "radians", args, kwnames)) * DEG_TO_RAD),
  remainder: math2("remainder", remainder),
  sin: math1("sin", Math.sin, false),
  sinh: math1("sinh", sinh, true),
  sqrt: math1("sqrt", Math.sqrt, false),
  tan: math1("tan", Math.tan, false),
  tanh: math1("tanh", Math.tanh, false),
  trunc(args, kwnames) {
    const x = oneArg("math", "trunc", args, kwnames);
    if (x instanceof PyFloat && x.cls === floatType) return floatToIntChecked(Math.trunc(x.value));
    const m = lookupSpecial(x, "__trunc__");
    if (m === undefined) {
      throw pyError(PyExc_TypeError, `type ${typeOf(x).name} doesn't define __trunc__ method`);
    }
    return callSpecial(m, x, []);
  },
  ulp: (args, kwnames) => fl(ulp(toDouble(oneArg("math", "ulp", args, kwnames)))),
};

export function createModule(): PyModule {
  const m = new PyModule("math");
  const d = m.dict;
  d.setStr(
    "__doc__",
    "This module provides access to the mathematical functions\ndefined by the C standard.",
  );
  for (const name of Object.keys(TABLE).sort()) {
    d.setStr(name, new PyBuiltinFunction(name, TABLE[name], undefined, name, "math"));
  }
  d.setStr("pi", fl(Math.PI));
  d.setStr("e", fl(Math.E));
  d.setStr("tau", fl(2 * Math.PI));
  d.setStr("inf", fl(Infinity));
  d.setStr("nan", fl(NaN));
  return m;
}
